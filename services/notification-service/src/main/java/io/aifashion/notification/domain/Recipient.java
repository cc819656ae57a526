package io.aifashion.notification.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What this service knows about a person it notifies: their address and name (from
 * {@code UserRegistered}) and their consent (from {@code PreferencesChanged}). Either event may
 * arrive first, so the address may still be unknown.
 */
public record Recipient(String userId, String email, String displayName, Consent consent) {

    public Recipient {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        Objects.requireNonNull(consent, "consent");
        email = email == null || email.isBlank() ? null : email.strip();
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    public static Recipient unknown(String userId) {
        return new Recipient(userId, null, null, Consent.NONE);
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }
}
