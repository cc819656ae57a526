import { createAsyncThunk } from '@reduxjs/toolkit';
import { refreshSession } from '../../app/api';
import { restoreFinished } from './authSlice';
import type { AuthState } from './authSlice';

/**
 * At start-up, exchanges the refresh token kept in sessionStorage for an access token, so a reload
 * keeps the person signed in. A definite rejection signs out; a network failure keeps the token
 * for the next attempt (the first 401 will retry the refresh).
 */
export const restoreSession = createAsyncThunk('auth/restoreSession', async (_arg, thunkApi) => {
  const { auth } = thunkApi.getState() as { auth: AuthState };
  if (!auth.refreshToken || auth.accessToken) {
    thunkApi.dispatch(restoreFinished());
    return;
  }
  const ok = await refreshSession({
    dispatch: thunkApi.dispatch,
    getState: thunkApi.getState,
    signal: thunkApi.signal,
    abort: thunkApi.abort,
    extra: thunkApi.extra,
    endpoint: 'restoreSession',
    type: 'mutation',
  });
  if (!ok) thunkApi.dispatch(restoreFinished());
});

/** Renews the access token now (e.g. the notification socket was closed because it expired). */
export const refreshNow = createAsyncThunk('auth/refreshNow', async (_arg, thunkApi) =>
  refreshSession({
    dispatch: thunkApi.dispatch,
    getState: thunkApi.getState,
    signal: thunkApi.signal,
    abort: thunkApi.abort,
    extra: thunkApi.extra,
    endpoint: 'refreshNow',
    type: 'mutation',
  }),
);
