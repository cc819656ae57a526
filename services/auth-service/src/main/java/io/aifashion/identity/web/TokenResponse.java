package io.aifashion.identity.web;

import io.aifashion.identity.domain.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tokens for a client (field meanings as in RFC 6749 §5.1): {@code accessToken} goes in
 * {@code Authorization: Bearer} for {@code expiresIn} seconds; {@code refreshToken} is exchanged
 * once at {@code /api/v1/auth/refresh} for the next pair, until {@code refreshExpiresIn} seconds.
 */
public record TokenResponse(String tokenType, String accessToken, long expiresIn, Instant accessTokenExpiresAt,
                            String refreshToken, long refreshExpiresIn) {

    static TokenResponse of(Session s, Clock clock) {
        Instant now = clock.instant();
        return new TokenResponse("Bearer", s.accessToken().value(),
                Math.max(0, Duration.between(now, s.accessToken().expiresAt()).toSeconds()),
                s.accessToken().expiresAt(), s.refreshToken().value(),
                Math.max(0, Duration.between(now, s.refreshExpiresAt()).toSeconds()));
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + "]";
    }
}
