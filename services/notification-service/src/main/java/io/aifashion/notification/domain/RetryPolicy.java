package io.aifashion.notification.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential back-off for a channel: the n-th failed attempt waits {@code base * 2^(n-1)}, capped
 * at {@code max}; after {@code maxAttempts} attempts the delivery is dead.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("base back-off must be positive");
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("max back-off must not be below base");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** How long to wait after the given number of failed attempts (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        Duration delay = base;
        for (int i = 1; i < failedAttempts; i++) {
            delay = delay.multipliedBy(2);
            if (delay.compareTo(max) >= 0) {
                return max;
            }
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Whether a delivery that has now failed this many times gets no further attempt. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
