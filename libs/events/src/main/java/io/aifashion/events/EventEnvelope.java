package io.aifashion.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The envelope every event travels in (DESIGN.md §4): a unique id that consumers use for
 * idempotence, the event type and schema version, when it happened, the partition key (a user or
 * product id, so that events about one subject stay ordered), the W3C Trace Context
 * {@code traceparent} of the request that caused it, and the type-specific payload.
 */
public record EventEnvelope(
        UUID id,
        String type,
        int version,
        Instant occurredAt,
        String key,
        String traceparent,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("event type must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("event version must be >= 1, was " + version);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("event key must not be blank");
        }
    }
}
