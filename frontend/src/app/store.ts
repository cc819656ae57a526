import { combineSlices, configureStore, isPlain } from '@reduxjs/toolkit';
import { setupListeners } from '@reduxjs/toolkit/query';
import { api } from './api';
import authSlice, { REFRESH_TOKEN_KEY } from '../features/auth/authSlice';
import analysisSlice, { CURRENT_ANALYSIS_KEY } from '../features/skin-analysis/analysisSlice';
import toastSlice from '../features/notifications/toastSlice';

const rootReducer = combineSlices(api, authSlice, analysisSlice, toastSlice);
export type RootState = ReturnType<typeof rootReducer>;

/** Blobs (photos, the data export) travel through mutations; they are fine there. */
function serializable(value: unknown): boolean {
  if (isPlain(value)) return true;
  const tag = Object.prototype.toString.call(value);
  return tag === '[object Blob]' || tag === '[object File]' || tag === '[object FormData]';
}

export function makeStore(preloadedState?: Partial<RootState>) {
  const store = configureStore({
    reducer: rootReducer,
    preloadedState,
    middleware: (getDefault) => getDefault({ serializableCheck: { isSerializable: serializable, warnAfter: 128 }, immutableCheck: { warnAfter: 128 } }).concat(api.middleware),
  });
  setupListeners(store.dispatch);
  persist(store);
  return store;
}

/** Mirrors the refresh token and the latest analysis into sessionStorage (this tab only). */
function persist(store: { getState: () => RootState; subscribe: (l: () => void) => () => void }) {
  if (typeof sessionStorage === 'undefined') return;
  let lastToken: string | null | undefined;
  let lastAnalysis: unknown;
  store.subscribe(() => {
    const state = store.getState();
    try {
      if (state.auth.refreshToken !== lastToken) {
        lastToken = state.auth.refreshToken;
        if (lastToken) sessionStorage.setItem(REFRESH_TOKEN_KEY, lastToken);
        else sessionStorage.removeItem(REFRESH_TOKEN_KEY);
      }
      if (state.analysis.current !== lastAnalysis) {
        lastAnalysis = state.analysis.current;
        if (lastAnalysis) sessionStorage.setItem(CURRENT_ANALYSIS_KEY, JSON.stringify(lastAnalysis));
        else sessionStorage.removeItem(CURRENT_ANALYSIS_KEY);
      }
    } catch {
      /* storage full or disabled: the session still works for this page's lifetime */
    }
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];

