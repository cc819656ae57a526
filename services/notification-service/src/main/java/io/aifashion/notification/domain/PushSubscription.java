package io.aifashion.notification.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A browser's push subscription (RFC 8030 §4): the push service URL messages are posted to and the
 * keys they are encrypted with. One user may have several (one per browser or device).
 */
public record PushSubscription(UUID id, String userId, URI endpoint, PushKeys keys, Instant createdAt) {

    public PushSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(createdAt, "createdAt");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }
}
