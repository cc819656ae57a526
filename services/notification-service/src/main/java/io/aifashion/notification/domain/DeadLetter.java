package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.UUID;

/** A delivery that will never be made, as announced on the dead-letter topic for operators. */
public record DeadLetter(UUID deliveryId, UUID notificationId, UUID sourceEventId, String userId,
                         NotificationKind kind, Channel channel, int attempts, String lastError,
                         Instant createdAt, Instant deadAt) {
}
