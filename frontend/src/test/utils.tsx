import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { Provider } from 'react-redux';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { makeStore, type AppStore, type RootState } from '../app/store';
import { api } from '../app/api';

export interface MockRoute {
  method?: string;
  /** Matched against the URL's pathname (string: exact; RegExp: test). */
  path: string | RegExp;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Dynamic answer; wins over status/body. */
  reply?: (req: Request, url: URL) => Response | Promise<Response>;
}

export interface FetchCall {
  method: string;
  url: URL;
  body: string | null;
  headers: Headers;
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

export function problem(status: number, slug: string, detail = '', extra: Record<string, unknown> = {}) {
  return { type: `https://aifashion.io/problems/${slug}`, title: slug, status, detail, ...extra };
}

/**
 * Stubs the network boundary (global fetch) with canned answers per route; unknown routes answer
 * 404 problem+json so a test never silently hits nothing. Returns the list of calls made.
 */
export function mockFetch(routes: MockRoute[]): FetchCall[] {
  const calls: FetchCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      const url = new URL(req.url);
      const body = req.method === 'GET' || req.method === 'HEAD' ? null : await req.clone().text();
      calls.push({ method: req.method, url, body, headers: req.headers });
      const route = routes.find((r) => (r.method ?? 'GET') === req.method && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname)));
      if (!route) return jsonResponse(problem(404, 'not-found', `no mock for ${req.method} ${url.pathname}`), 404);
      if (route.reply) return route.reply(req, url);
      return jsonResponse(route.body, route.status ?? 200, route.headers);
    }),
  );
  return calls;
}

interface Options extends Omit<RenderOptions, 'wrapper'> {
  route?: string;
  /** Route pattern for the element (e.g. `/results/:id`). */
  path?: string;
  preloadedState?: Partial<RootState>;
  store?: AppStore;
  /** Extra routes, e.g. the target of a navigation, to assert on. */
  routes?: RouteObject[];
}

export function renderWithProviders(ui: ReactElement, { route = '/', path = '*', preloadedState, store, routes = [], ...options }: Options = {}) {
  const theStore = store ?? makeStore(preloadedState);
  const router = createMemoryRouter([{ path, element: ui }, ...routes], { initialEntries: [route] });
  const Wrapper = ({ children }: { children: ReactNode }) => <Provider store={theStore}>{children}</Provider>;
  const result = render(<RouterProvider router={router} />, { wrapper: Wrapper, ...options });
  return { ...result, store: theStore, router };
}

export function signedInState(accessToken = fakeJwt({ sub: 'u-1', roles: ['USER'] })): Partial<RootState> {
  return {
    auth: {
      accessToken,
      refreshToken: 'refresh-1',
      expiresAt: Date.now() + 900_000,
      user: { id: 'u-1', roles: ['USER'] },
      restoring: false,
    },
  };
}

export function fakeJwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${enc({ alg: 'ES256', typ: 'JWT' })}.${enc(claims)}.signature`;
}

export function resetApi(store: AppStore) {
  store.dispatch(api.util.resetApiState());
}
