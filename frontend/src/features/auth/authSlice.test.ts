import { describe, expect, it } from 'vitest';
import authSlice, { initialAuthState, signedOut, tokensReceived, userFromToken, REFRESH_TOKEN_KEY } from './authSlice';
import { fakeJwt } from '../../test/utils';

describe('authSlice', () => {
  it('keeps tokens and reads sub and roles, the claims the auth service issues', () => {
    const token = fakeJwt({ aud: 'ai-fashion', iss: 'ai-fashion', sub: 'u-9', roles: ['USER', 'ADMIN'], iat: 1, nbf: 1, exp: 901, jti: 'j-1' });
    const s = authSlice.reducer(initialAuthState(), tokensReceived({ accessToken: token, refreshToken: 'r', expiresIn: 60, now: 1000 }));
    expect(s.accessToken).toBe(token);
    expect(s.expiresAt).toBe(61_000);
    expect(s.user).toEqual({ id: 'u-9', roles: ['USER', 'ADMIN'] });
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
