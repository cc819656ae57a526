package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the delivery log, as shown to operators and in the user's data export.
 *
 * @param detail    what happened: where it went, or why it was skipped
 * @param lastError the most recent failed attempt's error, kept after a later success
 */
public record DeliveryRecord(UUID id, UUID notificationId, String kind, Channel channel, String target,
                             String address, DeliveryState state, int attempts, String detail, String lastError,
                             Instant createdAt, Instant updatedAt, Instant sentAt) {
}
