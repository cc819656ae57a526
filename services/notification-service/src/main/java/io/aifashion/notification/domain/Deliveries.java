package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A port: the delivery log, which is also the queue of deliveries still to make. */
public interface Deliveries {

    /**
     * Writes a notification's deliveries. A (notification, channel, target) row that already exists
     * is left alone, so a redelivered event never creates a second delivery.
     *
     * @param link the secret link of an account-security e-mail, else null
     */
    void add(Notification notification, List<PlannedDelivery> plan, SecretLink link, Instant now);

    /**
     * Claims the oldest due delivery of a channel for the rest of the caller's transaction (other
     * dispatchers skip it), or empty when nothing is due.
     */
    Optional<DueDelivery> claimDue(Channel channel, Instant now);

    /**
     * Records an attempt's outcome. A terminal state erases the secret link.
     *
     * @param detail what happened (where it was sent, why it was skipped), or null
     * @param error  the attempt's error, or null to keep the last one on record
     */
    void record(UUID id, DeliveryState state, int attempts, Instant nextAttemptAt, String detail, String error,
                Instant now);

    List<DeliveryRecord> forUser(String userId);

    List<DeliveryRecord> forNotification(UUID notificationId);

    /** Dead deliveries not yet announced on the dead-letter topic, claimed for the caller's transaction. */
    List<DeadLetter> claimUnannouncedDead(int limit);

    void markAnnounced(List<UUID> deliveryIds, Instant at);

    /** Deliveries still to be attempted, per channel. */
    Map<Channel, Long> backlog();

    int deleteUser(String userId);
}
