package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.Objects;

/** The part of an account its owner edits freely: shopping preferences and consent. */
public record Profile(UserId userId, Preferences preferences, Consent consent, Instant updatedAt) {

    public Profile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Profile empty(UserId userId, Instant now) {
        return new Profile(userId, Preferences.NONE, Consent.NONE, now);
    }
}
