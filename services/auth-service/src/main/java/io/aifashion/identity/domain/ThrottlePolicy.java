package io.aifashion.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Exponential back-off after failed sign-ins (OWASP Authentication Cheat Sheet, "Protect against
 * automated attacks"; OWASP ASVS 2.2.1): the first {@code freeFailures} failures cost nothing; the
 * next one locks the subject for {@code baseDelay}, each further failure doubles the lock, up to
 * {@code maxDelay}. A temporary lock (never a permanent one) keeps an attacker from locking a
 * victim out for good. Failures older than {@code memory} are forgotten.
 */
public record ThrottlePolicy(int freeFailures, Duration baseDelay, Duration maxDelay, Duration memory) {

    public ThrottlePolicy {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(memory, "memory");
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 < baseDelay <= maxDelay");
        }
    }

    /** How long a subject with this many consecutive failures must wait after the last one. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }

    /** Whether failures last seen at {@code lastFailure} are old enough to be forgotten. */
    public boolean forgotten(Instant lastFailure, Instant now) {
        return !now.isBefore(lastFailure.plus(memory));
    }
}
