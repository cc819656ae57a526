package io.aifashion.kit.events;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer side of exactly-once processing over at-least-once delivery: an event is applied
 * inside a transaction that also records its id for the consumer; if the id is already there the
 * event was applied before (a redelivery, or the outbox resending after a crash) and is skipped.
 */
public class EventInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventCodec codec;
    private final MeterRegistry meters;

    public EventInbox(JdbcClient jdbc, TransactionTemplate tx, EventCodec codec, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.codec = codec;
        this.meters = meters;
    }

    /**
     * Applies {@code handler} to the event in {@code json} once per {@code consumer}.
     *
     * @return true if the event was applied now, false if it had been applied before
     * @throws io.aifashion.events.MalformedEventException if the message is not a valid event of that type
     */
    public <T extends EventPayload> boolean accept(String consumer, String json, Class<T> type,
                                                   BiConsumer<EventEnvelope, T> handler) {
        EventEnvelope envelope = codec.fromJson(json);
        T payload = codec.payload(envelope, type);
        Boolean applied = tx.execute(status -> {
            int inserted = jdbc.sql("""
                    insert into processed_event (consumer, event_id) values (:consumer, :id)
                    on conflict do nothing
                    """).param("consumer", consumer).param("id", envelope.id()).update();
            if (inserted == 0) {
                return false;
            }
            handler.accept(envelope, payload);
            return true;
        });
        boolean result = Boolean.TRUE.equals(applied);
        meters.counter("aifashion.events.consumed", "consumer", consumer, "type", envelope.type(),
                "outcome", result ? "applied" : "duplicate").increment();
        return result;
    }
}
