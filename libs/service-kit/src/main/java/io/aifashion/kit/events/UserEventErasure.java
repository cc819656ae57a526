package io.aifashion.kit.events;

import io.aifashion.events.payload.UserDeleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Erases a deleted user's events from this service's outbox when {@code UserDeleted} arrives — in every
 * service, without each one having to remember it. Events sit in the outbox until the relay publishes
 * them and then for the retention period (for replays and audits); keyed by the user's id or naming it
 * in their payload, they are personal data, so the right to erasure (GDPR Art. 17) reaches them too.
 * Unpublished ones go as well: whatever they would have told other services is about to be purged
 * there. Kafka's own copies age out with the topic's retention (docs/security.md, "Deletion").
 */
public class UserEventErasure {

    private final EventInbox inbox;
    private final JdbcClient jdbc;
    private final String consumer;

    /**
     * @param consumer this service's name for the inbox and the consumer group, e.g.
     *                 {@code image-processing-service-outbox-erasure}
     */
    public UserEventErasure(EventInbox inbox, JdbcClient jdbc, String consumer) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    public String consumer() {
        return consumer;
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_DELETED.topic()}",
            groupId = "#{__listener.consumer()}")
    public void onUserDeleted(String message) {
        inbox.accept(consumer, message, UserDeleted.class, (envelope, event) -> erase(event.userId()));
    }

    /** Deletes the outbox rows keyed by the user's id or carrying it in their envelope; how many. */
    public int erase(String userId) {
        return jdbc.sql("delete from outbox_event where event_key = :id or strpos(envelope, :id) > 0")
                .param("id", userId).update();
    }
}
