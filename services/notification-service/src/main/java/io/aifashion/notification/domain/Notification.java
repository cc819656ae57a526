package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a user's inbox, created once per source event ({@code sourceEventId} is the Kafka
 * event id, which makes creation idempotent). Never holds a secret: account-security messages keep
 * their links only in the pending e-mail delivery.
 */
public record Notification(UUID id, String userId, UUID sourceEventId, NotificationKind kind,
                           NotificationContent content, Instant createdAt, Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if (readAt != null && readAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("readAt must not precede createdAt");
        }
    }

    public boolean read() {
        return readAt != null;
    }
}
