import { combineSlices, configureStore, isPlain } from '@reduxjs/toolkit';
import { setupListeners } from '@reduxjs/toolkit/query';
import { api, type ApiExtra } from './api';
import authSlice, { REFRESH_TOKEN_KEY } from '../features/auth/authSlice';
import { TokenRefresher, type ExclusiveLocks } from '../features/auth/tokenRefresher';
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

/** This page's refresh-token coordinator (see features/auth/tokenRefresher.ts). */
function makeTokenRefresher(): TokenRefresher {
  const locks = typeof navigator !== 'undefined' && 'locks' in navigator ? (navigator.locks as ExclusiveLocks) : null;
  let tabStorage: Storage | null = null;
  try {
    tabStorage = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    /* storage disabled: this page's own token is all there is */
  }
  const refresher = new TokenRefresher({ locks, tabStorage, storageKey: REFRESH_TOKEN_KEY });
  if (typeof window !== 'undefined') refresher.watch(window);
  return refresher;
}

export function makeStore(preloadedState?: Partial<RootState>) {
  const extra: ApiExtra = { tokenRefresher: makeTokenRefresher() };
  const store = configureStore({
    reducer: rootReducer,
    preloadedState,
    middleware: (getDefault) =>
      getDefault({ thunk: { extraArgument: extra }, serializableCheck: { isSerializable: serializable, warnAfter: 128 }, immutableCheck: { warnAfter: 128 } }).concat(api.middleware),
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

