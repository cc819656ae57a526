import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { SessionUser, TokenResponse } from './types';

/**
 * The session. The access token lives only in memory (this slice); the refresh token is also kept
 * in sessionStorage so a reload in the same tab stays signed in (see docs/frontend.md "Tokens").
 */
export interface AuthState {
  accessToken: string | null;
  refreshToken: string | null;
  /** Epoch milliseconds at which the access token expires. */
  expiresAt: number | null;
  user: SessionUser | null;
  /** True while a stored refresh token is being exchanged at start-up. */
  restoring: boolean;
}

export const REFRESH_TOKEN_KEY = 'aifashion.refreshToken';

function storedRefreshToken(): string | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function initialAuthState(): AuthState {
  const refreshToken = storedRefreshToken();
  return { accessToken: null, refreshToken, expiresAt: null, user: null, restoring: refreshToken !== null };
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads `sub` and `roles` of a JWT (docs/api.md "Tokens"). Returns null for anything that is not a JWT. */
export function userFromToken(token: string): SessionUser | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
    return { id: typeof claims.sub === 'string' ? claims.sub : '', roles };
  } catch {
    return null;
  }
}

const authSlice = createSlice({
  name: 'auth',
  initialState: initialAuthState,
  reducers: {
    tokensReceived(state, action: PayloadAction<Pick<TokenResponse, 'accessToken' | 'refreshToken' | 'expiresIn'> & { now?: number }>) {
      const { accessToken, refreshToken, expiresIn, now } = action.payload;
      state.accessToken = accessToken;
      state.refreshToken = refreshToken ?? state.refreshToken;
      state.expiresAt = (now ?? Date.now()) + Math.max(0, expiresIn ?? 0) * 1000;
      state.user = userFromToken(accessToken);
      state.restoring = false;
    },
    signedOut(state) {
      state.accessToken = null;
      state.refreshToken = null;
      state.expiresAt = null;
      state.user = null;
      state.restoring = false;
    },
    restoreFinished(state) {
      state.restoring = false;
    },
  },
  selectors: {
    selectAccessToken: (s) => s.accessToken,
    selectRefreshToken: (s) => s.refreshToken,
    selectIsSignedIn: (s) => s.accessToken !== null,
    selectSessionUser: (s) => s.user,
    selectRestoring: (s) => s.restoring,
  },
});

export const { tokensReceived, signedOut, restoreFinished } = authSlice.actions;
export const { selectAccessToken, selectRefreshToken, selectIsSignedIn, selectSessionUser, selectRestoring } = authSlice.selectors;
export default authSlice;
