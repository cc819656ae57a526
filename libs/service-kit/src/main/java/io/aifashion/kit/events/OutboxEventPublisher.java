package io.aifashion.kit.events;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.aifashion.kit.observability.TraceIds;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes events to the {@code outbox_event} table in the current transaction (joining it, or
 * starting one) and nudges the relay once that transaction commits, so delivery is prompt when
 * Kafka is up and merely delayed when it is not.
 */
public class OutboxEventPublisher implements EventPublisher {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final TraceIds traceIds;
    private final OutboxRelay relay;
    private final Clock clock;

    public OutboxEventPublisher(JdbcClient jdbc, EventCodec codec, TraceIds traceIds, OutboxRelay relay, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.traceIds = traceIds;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID publish(EventPayload payload) {
        String traceparent = traceIds.currentTraceparent();
        EventEnvelope envelope = codec.wrap(payload, clock.instant(), traceparent);
        jdbc.sql("""
                insert into outbox_event (id, topic, event_key, event_type, envelope, traceparent)
                values (:id, :topic, :key, :type, :envelope, :traceparent)
                """)
                .param("id", envelope.id())
                .param("topic", payload.eventType().topic())
                .param("key", envelope.key())
                .param("type", envelope.type())
                .param("envelope", codec.toJson(envelope))
                .param("traceparent", traceparent)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        } else {
            relay.wakeUp();
        }
        return envelope.id();
    }
}
