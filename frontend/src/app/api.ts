import { createApi, fetchBaseQuery, type BaseQueryApi, type BaseQueryFn, type FetchArgs, type FetchBaseQueryError } from '@reduxjs/toolkit/query/react';
import { problemSlug, type Problem } from '../shared/api/problem';
import { signedOut, tokensReceived, type AuthState } from '../features/auth/authSlice';
import type { RefreshOutcome, TokenRefresher } from '../features/auth/tokenRefresher';
import type { TokenResponse } from '../features/auth/types';

/** Where the API lives: same origin as the app (the gateway serves both). */
export const API_BASE = (import.meta.env.VITE_API_BASE as string | undefined) ?? '/api/v1';

type WithAuth = { auth: AuthState };

/** Makes a same-origin API URL absolute (fetch in tests and workers needs absolute URLs). */
export function apiUrl(path: string): string {
  const base = API_BASE.endsWith('/') ? API_BASE.slice(0, -1) : API_BASE;
  const rel = `${base}${path.startsWith('/') ? path : `/${path}`}`;
  const origin = typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null' ? window.location.origin : 'http://localhost';
  return new URL(rel, origin).toString();
}

const rawFetch = fetchBaseQuery({
  baseUrl: '',
  prepareHeaders: (headers, { getState }) => {
    const token = (getState() as WithAuth).auth.accessToken;
    if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    return headers;
  },
});

/** For the token endpoints: never sends the (possibly expired) access token. */
const anonymousFetch = fetchBaseQuery({ baseUrl: '', headers: { Accept: 'application/json, application/problem+json' } });

/** fetchBaseQuery with API-relative URLs resolved against {@link API_BASE}. */
const apiFetch: BaseQueryFn<string | FetchArgs, unknown, FetchBaseQueryError> = (args, api, extra) => {
  const resolved = typeof args === 'string' ? apiUrl(args) : { ...args, url: apiUrl(args.url) };
  return rawFetch(resolved, api, extra);
};

export interface UploadArgs {
  url: string;
  body: FormData;
  method?: string;
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * A base query over XMLHttpRequest, for uploads: fetch cannot report upload progress. Answers in
 * the same shape as fetchBaseQuery so the re-authentication wrapper and error mapping apply.
 */
export const xhrBaseQuery: BaseQueryFn<UploadArgs, unknown, FetchBaseQueryError> = (args, api) =>
  new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(args.method ?? 'POST', apiUrl(args.url));
    const token = (api.getState() as WithAuth).auth.accessToken;
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.responseType = 'text';
    if (args.onProgress && xhr.upload) {
      xhr.upload.onprogress = (e) => args.onProgress?.(e.loaded, e.lengthComputable ? e.total : 0);
    }
    const abort = () => xhr.abort();
    api.signal?.addEventListener('abort', abort);
    xhr.onload = () => {
      api.signal?.removeEventListener('abort', abort);
      let data: unknown = xhr.responseText;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        if (xhr.status >= 200 && xhr.status < 300) {
          resolve({ error: { status: 'PARSING_ERROR', originalStatus: xhr.status, data: xhr.responseText, error: 'Unreadable answer' } });
          return;
        }
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ data });
      else resolve({ error: { status: xhr.status, data } });
    };
    xhr.onerror = () => resolve({ error: { status: 'FETCH_ERROR', error: 'Network error' } });
    xhr.ontimeout = () => resolve({ error: { status: 'TIMEOUT_ERROR', error: 'Timed out' } });
    xhr.onabort = () => resolve({ error: { status: 'FETCH_ERROR', error: 'Aborted' } });
    xhr.send(args.body);
  });

/** What the store's thunks and queries get as `extra` (app/store.ts). */
export interface ApiExtra {
  tokenRefresher: TokenRefresher;
}

function refresherOf(api: { extra: unknown }): TokenRefresher {
  const refresher = (api.extra as Partial<ApiExtra> | undefined)?.tokenRefresher;
  if (!refresher) throw new Error('The store has no token refresher: create it with makeStore (app/store.ts)');
  return refresher;
}

function needsRefresh(error: FetchBaseQueryError | undefined, state: AuthState): boolean {
  if (!error || error.status !== 401 || !state.refreshToken) return false;
  const body = error.data as Partial<Problem> | undefined;
  const slug = body && typeof body.type === 'string' ? problemSlug({ type: body.type, status: 401 }) : '';
  // An expired token is the usual case; a token the services no longer accept (rotated key) is
  // worth one refresh too. A 401 without any token is simply "sign in first".
  return slug === 'token-expired' || slug.startsWith('invalid-token') || state.accessToken !== null;
}

type RefreshApi = Pick<BaseQueryApi, 'dispatch' | 'getState' | 'signal' | 'abort' | 'extra' | 'endpoint' | 'type'>;

/**
 * Exchanges the refresh token for new tokens. Refresh tokens are single-use (rotated), and
 * presenting one twice ends the session everywhere, so the exchange goes through the store's
 * {@link TokenRefresher}: callers arriving while an exchange of the same token runs share its
 * outcome, and pages of the origin take turns. Signs out when the auth service says no.
 * Resolves true when a (new) access token is in the store afterwards.
 */
export async function refreshSession(api: RefreshApi): Promise<boolean> {
  const auth = () => (api.getState() as WithAuth).auth;
  const refreshToken = auth().refreshToken;
  if (!refreshToken) return false;
  const outcome = await refresherOf(api).refresh(refreshToken, async (presented): Promise<RefreshOutcome> => {
    const result = await anonymousFetch({ url: apiUrl('/auth/refresh'), method: 'POST', body: { refreshToken: presented } }, api as BaseQueryApi, {});
    // Someone signed out or in while the exchange ran: that session is not this answer's to change.
    const stillOurs = auth().refreshToken === refreshToken;
    if (result.data && typeof (result.data as TokenResponse).accessToken === 'string') {
      if (stillOurs) api.dispatch(tokensReceived(result.data as TokenResponse));
      return 'renewed';
    }
    // Only a definite "no" from the auth service ends the session; a network blip or 503 keeps it.
    const status = result.error?.status;
    if (status === 400 || status === 401 || status === 403) {
      if (stillOurs) api.dispatch(signedOut());
      return 'rejected';
    }
    return 'unavailable';
  });
  return outcome === 'renewed' && auth().accessToken !== null;
}

/**
 * Wraps a base query so that a 401 for an expired token triggers one refresh (single flight, so
 * ten concurrent 401s cause one refresh) and a retry with the new token. Credential calls (sign-in,
 * refresh, sign-out) are passed through: their 401 is an answer, not an expired session.
 */
export function withReauth<Args>(
  base: BaseQueryFn<Args, unknown, FetchBaseQueryError>,
  isCredentialCall: (args: Args) => boolean = () => false,
): BaseQueryFn<Args, unknown, FetchBaseQueryError> {
  return async (args, api, extra) => {
    await refresherOf(api).idle();
    const tokenUsed = (api.getState() as WithAuth).auth.accessToken;
    let result = await base(args, api, extra);
    if (isCredentialCall(args) || !needsRefresh(result.error, (api.getState() as WithAuth).auth)) return result;
    // Another request may have refreshed while this one was in flight.
    const current = (api.getState() as WithAuth).auth.accessToken;
    const renewed = (current !== null && current !== tokenUsed) || (await refreshSession(api));
    if (renewed) result = await base(args, api, extra);
    return result;
  };
}

export const baseQueryWithReauth = withReauth(apiFetch, (args) => (typeof args === 'string' ? args : args.url).startsWith('/auth/'));
export const uploadWithReauth = withReauth(xhrBaseQuery);

/**
 * The one API slice. Each feature adds its endpoints with `api.injectEndpoints` in its own
 * `<feature>Api.ts`, next to its `types.ts`: those files are the only ones that know URLs and shapes.
 */
export const api = createApi({
  reducerPath: 'api',
  baseQuery: baseQueryWithReauth,
  tagTypes: ['Me', 'Analysis', 'Palette', 'Recommendation', 'Notification', 'Product'],
  endpoints: () => ({}),
});
