package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, expiring token sent by e-mail (verification, password reset), known here only by
 * its hash (OWASP Forgot Password Cheat Sheet: random, single use, expiring, stored securely).
 */
public record OneTimeToken(TokenHash hash, UserId userId, TokenPurpose purpose, Instant createdAt, Instant expiresAt,
                           Instant usedAt) {

    public OneTimeToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token must expire after it is created");
        }
    }

    public boolean usableFor(TokenPurpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }
}
