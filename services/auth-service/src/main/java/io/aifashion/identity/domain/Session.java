package io.aifashion.identity.domain;

import java.time.Instant;

/** What a client holds after signing in or refreshing: an access token and the next refresh token. */
public record Session(IssuedAccessToken accessToken, SecretToken refreshToken, Instant refreshExpiresAt) {
}
