import { describe, expect, it } from 'vitest';
import authSlice, { initialAuthState, signedOut, tokensReceived, userFromToken, REFRESH_TOKEN_KEY } from './authSlice';
import { fakeJwt } from '../../test/utils';

describe('authSlice', () => {
  it('keeps tokens and reads the display claims', () => {
    const token = fakeJwt({ sub: 'u-9', email: 'kim@example.com', name: 'Kim', roles: ['ROLE_USER'] });
    const s = authSlice.reducer(initialAuthState(), tokensReceived({ accessToken: token, refreshToken: 'r', expiresIn: 60, now: 1000 }));
    expect(s.accessToken).toBe(token);
    expect(s.expiresAt).toBe(61_000);
    expect(s.user).toEqual({ id: 'u-9', email: 'kim@example.com', displayName: 'Kim', roles: ['ROLE_USER'] });
  });

  it('forgets everything on sign-out', () => {
    const s = authSlice.reducer({ accessToken: 'a', refreshToken: 'r', expiresAt: 1, user: null, restoring: false }, signedOut());
    expect(s).toMatchObject({ accessToken: null, refreshToken: null, user: null });
  });

  it('starts restoring when a refresh token is in sessionStorage', () => {
    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'stored');
    expect(initialAuthState()).toMatchObject({ refreshToken: 'stored', restoring: true, accessToken: null });
  });

  it('ignores tokens that are not JWTs', () => {
    expect(userFromToken('opaque')).toBeNull();
  });
});
