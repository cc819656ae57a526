package io.aifashion.identity.domain;

import java.util.Objects;
import java.util.UUID;

/** An account's identifier: a random UUID, published as the access token's {@code sub}. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses a token subject; empty if it is not a UUID (then it names no account of ours). */
    public static java.util.Optional<UserId> parse(String subject) {
        if (subject == null || subject.length() != 36) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new UserId(UUID.fromString(subject)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
