package io.aifashion.catalog.infrastructure.events;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductEventSink;
import io.aifashion.catalog.infrastructure.persistence.CopyText;
import io.aifashion.catalog.infrastructure.persistence.PgCopy;
import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.aifashion.events.EventType;
import io.aifashion.events.payload.ProductRemoved;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.events.OutboxRelay;
import io.aifashion.kit.observability.TraceIds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalogue events through the service kit's transactional outbox. One event goes through the
 * kit's {@link EventPublisher}; a batch (an import) is written to the same {@code outbox_event}
 * table with one COPY, in the same envelope format, so that thousands of changed products cost
 * one round trip rather than thousands. Either way the rows commit with the change, and the kit's
 * relay sends them to Kafka after commit.
 */
public class OutboxProductEvents implements ProductEventSink {

    private final EventPublisher publisher;
    private final EventCodec codec;
    private final PgCopy copy;
    private final TraceIds traceIds;
    private final OutboxRelay relay;
    private final Clock clock;
    /** Writes payload records for {@link EnvelopeTemplate}; checked against the codec per batch. */
    private final JsonMapper payloadJson = JsonMapper.builder().build();

    /** @param relay null when no relay runs in this process (direct imports); the service's relay picks the rows up */
    public OutboxProductEvents(EventPublisher publisher, EventCodec codec, PgCopy copy, TraceIds traceIds,
                               OutboxRelay relay, Clock clock) {
        this.publisher = publisher;
        this.codec = codec;
        this.copy = copy;
        this.traceIds = traceIds;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public void upserted(List<Product> products) {
        List<EventPayload> payloads = new ArrayList<>(products.size());
        products.forEach(p -> payloads.add(ProductEventMapping.upserted(p)));
        publish(payloads);
    }

    @Override
    public void removed(List<UUID> productIds) {
        List<EventPayload> payloads = new ArrayList<>(productIds.size());
        productIds.forEach(id -> payloads.add(new ProductRemoved(id.toString())));
        publish(payloads);
    }

    private void publish(List<EventPayload> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        if (payloads.size() == 1 && publisher != null) {
            publisher.publish(payloads.getFirst());
            return;
        }
        String traceparent = traceIds == null ? null : traceIds.currentTraceparent();
        Instant now = clock.instant();
        EventPayload first = payloads.getFirst();
        EventType type = first.eventType();
        // All payloads of a batch are of one type (upserted or removed), so one template serves.
        EnvelopeTemplate template = EnvelopeTemplate.of(codec, payloadJson, type, now, traceparent, first);
        StringBuilder data = new StringBuilder(payloads.size() * 900);
        for (EventPayload payload : payloads) {
            UUID id = UUID.randomUUID();
            String json = template != null ? template.json(id, payload)
                    : codec.toJson(new EventEnvelope(id, type.typeName(), type.version(), now,
                            payload.partitionKey(), traceparent, codec.tree(payload)));
            data.append(id).append('\t')
                    .append(type.topic()).append('\t');
            CopyText.appendEscaped(data, payload.partitionKey());
            data.append('\t').append(type.typeName()).append('\t');
            CopyText.appendEscaped(data, json);
            data.append('\t').append(traceparent == null ? "\\N" : traceparent).append('\n');
        }
        copy.copyIn("copy outbox_event (id, topic, event_key, event_type, envelope, traceparent) from stdin",
                data.toString());
        if (relay != null) {
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
        }
    }
}
