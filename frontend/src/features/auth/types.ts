/** Shapes of the auth service's API (docs/api.md "Accounts"). The slice layer is the only place that knows them. */

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
}

/**
 * What `POST /auth/register` answers (202): `{status: "pending-verification", message}`, the same
 * whether or not the address was already registered.
 */
export interface RegisterResponse {
  status: string;
  message: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/**
 * What login and refresh answer: `{tokenType: "Bearer", accessToken, expiresIn, accessTokenExpiresAt,
 * refreshToken, refreshExpiresIn}` (docs/api.md "Tokens"). The app uses the two tokens and `expiresIn`.
 */
export interface TokenResponse {
  tokenType: string;
  accessToken: string;
  /** Seconds until the access token expires (900). */
  expiresIn: number;
  accessTokenExpiresAt: string;
  refreshToken: string;
  /** Seconds until the refresh token expires. */
  refreshExpiresIn: number;
}

/**
 * The claims the app reads from the access token (signature is the services' business, not ours):
 * `sub` and `roles`. The token carries no e-mail or name; the profile (`GET /users/me`) has them.
 */
export interface SessionUser {
  id: string;
  roles: string[];
}
