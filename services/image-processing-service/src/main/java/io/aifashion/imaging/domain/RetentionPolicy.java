package io.aifashion.imaging.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long things are kept (GDPR Art. 5(1)(e), storage limitation).
 *
 * @param photos    a consented photo (and its full report), from the analysis
 * @param anonymous an anonymous analysis's derived colours, from the analysis
 */
public record RetentionPolicy(Duration photos, Duration anonymous) {

    public RetentionPolicy {
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(anonymous, "anonymous");
        if (photos.isNegative() || photos.isZero() || anonymous.isNegative() || anonymous.isZero()) {
            throw new IllegalArgumentException("retention periods must be positive");
        }
    }
}
