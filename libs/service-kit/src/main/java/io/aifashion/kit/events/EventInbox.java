package io.aifashion.kit.events;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.aifashion.kit.observability.TraceContinuation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer side of exactly-once processing over at-least-once delivery: an event is applied
 * inside a transaction that also records its id for the consumer; if the id is already there the
 * event was applied before (a redelivery, or the outbox resending after a crash) and is skipped.
 *
 * <p>The handler runs in the trace of the request that produced the event: the Kafka listener
 * observation continues it from the record's {@code traceparent} header, and where a listener runs
 * without that observation the inbox continues it from the envelope's {@code traceparent}. Each
 * event's handling is timed ({@code aifashion.events.processing}) and counted
 * ({@code aifashion.events.consumed}) by consumer, type and outcome.
 */
public class EventInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventCodec codec;
    private final TraceContinuation traces;
    private final MeterRegistry meters;

    public EventInbox(JdbcClient jdbc, TransactionTemplate tx, EventCodec codec, TraceContinuation traces,
                      MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.codec = codec;
        this.traces = traces;
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
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try (var scope = traces.continueIn(envelope.traceparent(), "event " + envelope.type())) {
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
            outcome = result ? "applied" : "duplicate";
            meters.counter("aifashion.events.consumed", "consumer", consumer, "type", envelope.type(),
                    "outcome", outcome).increment();
            return result;
        } finally {
            sample.stop(Timer.builder("aifashion.events.processing")
                    .description("time to apply a consumed event, in its transaction")
                    .tags("consumer", consumer, "type", envelope.type(), "outcome", outcome)
                    .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250),
                            Duration.ofSeconds(1), Duration.ofSeconds(5))
                    .register(meters));
        }
    }
}
