package io.aifashion.events;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns payloads into envelopes and envelopes into JSON and back. Unknown payload fields are
 * ignored when reading so that a producer can add an optional field without breaking consumers
 * (the compatible-evolution rule of docs/events.md).
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this(JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build());
    }

    public EventCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public EventEnvelope wrap(EventPayload payload, Instant occurredAt, String traceparent) {
        EventType type = payload.eventType();
        return new EventEnvelope(UUID.randomUUID(), type.typeName(), type.version(), occurredAt,
                payload.partitionKey(), traceparent, mapper.valueToTree(payload));
    }

    public String toJson(EventEnvelope envelope) {
        return mapper.writeValueAsString(envelope);
    }

    public EventEnvelope fromJson(String json) {
        try {
            return mapper.readValue(json, EventEnvelope.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not a valid event envelope: " + e.getMessage(), e);
        }
    }

    /** Reads the payload as the record its type names; fails clearly on a type/payload mismatch. */
    public <T extends EventPayload> T payload(EventEnvelope envelope, Class<T> expected) {
        EventType type = EventType.byTypeName(envelope.type())
                .orElseThrow(() -> new MalformedEventException("unknown event type " + envelope.type(), null));
        if (!expected.equals(type.payloadType())) {
            throw new MalformedEventException(
                    "event " + envelope.id() + " is a " + envelope.type() + ", not a " + expected.getSimpleName(), null);
        }
        try {
            return mapper.treeToValue(envelope.payload(), expected);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("payload of event " + envelope.id() + " is invalid: " + e.getMessage(), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
