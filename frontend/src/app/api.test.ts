import { describe, expect, it } from 'vitest';
import { api } from './api';
import { makeStore } from './store';
import { refreshNow, restoreSession } from '../features/auth/restoreSession';
import { fakeJwt, jsonResponse, mockFetch, problem, signedInState } from '../test/utils';

const probe = api.injectEndpoints({
  endpoints: (b) => ({
    probeA: b.query<{ ok: string }, void>({ query: () => '/probe/a' }),
    probeB: b.query<{ ok: string }, void>({ query: () => '/probe/b' }),
  }),
  overrideExisting: true,
});

describe('baseQueryWithReauth', () => {
  it('sends the access token and the API base path', async () => {
    const calls = mockFetch([{ path: '/api/v1/probe/a', body: { ok: 'a' } }]);
    const store = makeStore(signedInState('token-1'));
    const r = await store.dispatch(probe.endpoints.probeA.initiate());
    expect(r.data).toEqual({ ok: 'a' });
    expect(calls[0].headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('refreshes once for concurrent expired-token 401s and retries both', async () => {
    const fresh = fakeJwt({ sub: 'u-1' });
    let refreshes = 0;
    const answer = (req: Request) =>
      req.headers.get('Authorization') === `Bearer ${fresh}` ? jsonResponse({ ok: new URL(req.url).pathname }) : jsonResponse(problem(401, 'token-expired'), 401);
    const calls = mockFetch([
      { path: '/api/v1/probe/a', reply: answer },
      { path: '/api/v1/probe/b', reply: answer },
      {
        method: 'POST',
        path: '/api/v1/auth/refresh',
        reply: async (req) => {
          refreshes++;
          expect(await req.json()).toEqual({ refreshToken: 'refresh-1' });
          expect(req.headers.get('Authorization')).toBeNull();
          await new Promise((r) => setTimeout(r, 10));
          return jsonResponse({ accessToken: fresh, refreshToken: 'refresh-2', expiresIn: 900 });
        },
      },
    ]);
    const store = makeStore(signedInState('expired'));
    const [a, b] = await Promise.all([store.dispatch(probe.endpoints.probeA.initiate()), store.dispatch(probe.endpoints.probeB.initiate())]);
    expect(a.data).toEqual({ ok: '/api/v1/probe/a' });
    expect(b.data).toEqual({ ok: '/api/v1/probe/b' });
    expect(refreshes).toBe(1);
    expect(store.getState().auth.accessToken).toBe(fresh);
    expect(store.getState().auth.refreshToken).toBe('refresh-2');
    expect(sessionStorage.getItem('aifashion.refreshToken')).toBe('refresh-2');
    expect(calls.filter((c) => c.url.pathname === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('signs out when the refresh token is rejected', async () => {
    mockFetch([
      { path: '/api/v1/probe/a', status: 401, body: problem(401, 'token-expired') },
      { method: 'POST', path: '/api/v1/auth/refresh', status: 401, body: problem(401, 'invalid-token') },
    ]);
    const store = makeStore(signedInState('expired'));
    const r = await store.dispatch(probe.endpoints.probeA.initiate());
    expect(r.error).toMatchObject({ status: 401 });
    expect(store.getState().auth.accessToken).toBeNull();
    expect(store.getState().auth.refreshToken).toBeNull();
  });

  it('does not try to refresh for anonymous visitors', async () => {
    const calls = mockFetch([{ path: '/api/v1/probe/a', status: 401, body: problem(401, 'authentication-required') }]);
    const store = makeStore();
    await store.dispatch(probe.endpoints.probeA.initiate());
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/v1/probe/a']);
  });

  it('shares one exchange between the start-up restore and a concurrent refresh (single flight)', async () => {
    sessionStorage.setItem('aifashion.refreshToken', 'refresh-1');
    const fresh = fakeJwt({ sub: 'u-1' });
    const presented: unknown[] = [];
    const calls = mockFetch([
      {
        method: 'POST',
        path: '/api/v1/auth/refresh',
        reply: async (req) => {
          presented.push(await req.json());
          await new Promise((r) => setTimeout(r, 10));
          // A second presentation of refresh-1 would be answered like the auth service does.
          return presented.length === 1
            ? jsonResponse({ accessToken: fresh, refreshToken: 'refresh-2', expiresIn: 900 })
            : jsonResponse(problem(401, 'refresh-token-reused'), 401);
        },
      },
    ]);
    const store = makeStore();
    const [, renewed] = await Promise.all([store.dispatch(restoreSession()), store.dispatch(refreshNow())]);
    expect(renewed.payload).toBe(true);
    expect(calls.filter((c) => c.url.pathname === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(presented).toEqual([{ refreshToken: 'refresh-1' }]);
    expect(store.getState().auth).toMatchObject({ accessToken: fresh, refreshToken: 'refresh-2', restoring: false });
    expect(sessionStorage.getItem('aifashion.refreshToken')).toBe('refresh-2');
  });
});
