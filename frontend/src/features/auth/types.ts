/** Shapes of the auth service's API (docs/api.md "Accounts"). The slice layer is the only place that knows them. */

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
}

/**
 * What `POST /auth/register` answers (202): `{status: "pending-verification", message}`, the same
 * whether or not the address was already registered. A development server may also hand back the
 * verification token.
 */
export interface RegisterResponse {
  status?: string;
  message?: string;
  verificationToken?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType?: string;
}

/** The claims the app reads from the access token (signature is the services' business, not ours). */
export interface SessionUser {
  id: string;
  email?: string;
  displayName?: string;
  roles: string[];
}
