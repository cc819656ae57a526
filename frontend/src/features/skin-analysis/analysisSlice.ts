import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { signedOut } from '../auth/authSlice';
import type { Analysis, LocalPhoto, UploadPhase } from './types';

/**
 * The analysis in progress and the latest result with the photo it was made from. The photo stays
 * in this browser tab (memory + sessionStorage) and is never sent anywhere but the analysis call;
 * it is what the result overlay and the digital draping are drawn on.
 */
export interface AnalysisState {
  current: { analysis: Analysis; photo: LocalPhoto | null } | null;
  upload: { phase: UploadPhase; loaded: number; total: number };
}

/**
 * Versioned with the shape of {@link Analysis}: a tab that kept a result from an app version that
 * read the analysis differently (v1: before the strict readers) simply starts without it.
 */
export const CURRENT_ANALYSIS_KEY = 'aifashion.currentAnalysis.v2';

function stored(): AnalysisState['current'] {
  try {
    const raw = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(CURRENT_ANALYSIS_KEY);
    return raw ? (JSON.parse(raw) as AnalysisState['current']) : null;
  } catch {
    return null;
  }
}

const analysisSlice = createSlice({
  name: 'analysis',
  initialState: (): AnalysisState => ({ current: stored(), upload: { phase: 'idle', loaded: 0, total: 0 } }),
  reducers: {
    analysisCompleted(state, action: PayloadAction<{ analysis: Analysis; photo: LocalPhoto | null }>) {
      state.current = action.payload;
    },
    analysisCleared(state) {
      state.current = null;
    },
    uploadPhaseChanged(state, action: PayloadAction<UploadPhase>) {
      state.upload.phase = action.payload;
      if (action.payload === 'preparing' || action.payload === 'idle') {
        state.upload.loaded = 0;
        state.upload.total = 0;
      }
    },
    uploadProgressed(state, action: PayloadAction<{ loaded: number; total: number }>) {
      state.upload.loaded = action.payload.loaded;
      state.upload.total = action.payload.total;
    },
  },
  extraReducers: (builder) => {
    // Signing out (or deleting the account) leaves no photo behind in this tab.
    builder.addCase(signedOut, (state) => {
      state.current = null;
    });
  },
  selectors: {
    selectCurrentAnalysis: (s) => s.current,
    selectUpload: (s) => s.upload,
  },
});

export const { analysisCompleted, analysisCleared, uploadPhaseChanged, uploadProgressed } = analysisSlice.actions;
export const { selectCurrentAnalysis, selectUpload } = analysisSlice.selectors;
export default analysisSlice;
