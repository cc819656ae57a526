package io.aifashion.catalog.infrastructure.events;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.aifashion.events.EventType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of many envelopes of one batch (same type, time and trace) without building a JSON tree
 * per event. {@link EventCodec#wrap} turns each payload into a tree and {@link EventCodec#toJson}
 * writes the envelope with it: on an import of thousands of products that was a third of the JVM's
 * work per row. Here the codec writes one envelope with placeholder id, key and an empty payload
 * — so the envelope's layout stays the codec's — and each event's JSON is that text with its id,
 * its key and its payload (written straight from the record) put in. {@link #of} checks the result
 * against the codec for the batch's first payload and returns null (callers then use the codec) if
 * the two differ, e.g. should the codec's format change in a way the splice does not follow.
 */
final class EnvelopeTemplate {

    /** Placeholders that cannot occur in the codec's output otherwise. */
    private static final UUID ID_MARK = new UUID(0x0123456789abcdefL, 0xfedcba9876543210L);
    private static final String KEY_MARK = "key-7d3f9a61-mark";
    private static final String PAYLOAD_TAIL = "{}}";

    private final JsonMapper payloads;
    private final String beforeId;
    private final String betweenIdAndKey;
    private final String betweenKeyAndPayload;

    private EnvelopeTemplate(JsonMapper payloads, String beforeId, String betweenIdAndKey,
                             String betweenKeyAndPayload) {
        this.payloads = payloads;
        this.beforeId = beforeId;
        this.betweenIdAndKey = betweenIdAndKey;
        this.betweenKeyAndPayload = betweenKeyAndPayload;
    }

    /**
     * @param payloads writes payload records; its serialisation must match the codec's (checked here)
     * @param sample a payload of the batch, to check the splice against the codec
     * @return the template, or null if the codec's layout is not one this can splice into
     */
    static EnvelopeTemplate of(EventCodec codec, JsonMapper payloads, EventType type, Instant occurredAt,
                               String traceparent, EventPayload sample) {
        String template = codec.toJson(new EventEnvelope(ID_MARK, type.typeName(), type.version(), occurredAt,
                KEY_MARK, traceparent, codec.tree(Map.of())));
        String idText = '"' + ID_MARK.toString() + '"';
        String keyText = '"' + KEY_MARK + '"';
        int id = template.indexOf(idText);
        int key = template.indexOf(keyText);
        if (id < 0 || key < id || !template.endsWith(PAYLOAD_TAIL)) {
            return null;
        }
        int payload = template.length() - PAYLOAD_TAIL.length();
        if (payload < key + keyText.length()) {
            return null;
        }
        EnvelopeTemplate t = new EnvelopeTemplate(payloads, template.substring(0, id + 1),
                template.substring(id + idText.length() - 1, key),
                template.substring(key + keyText.length(), payload));
        UUID probe = UUID.randomUUID();
        String expected = codec.toJson(new EventEnvelope(probe, type.typeName(), type.version(), occurredAt,
                sample.partitionKey(), traceparent, codec.tree(sample)));
        return expected.equals(t.json(probe, sample)) ? t : null;
    }

    /** The envelope's JSON for this event. */
    String json(UUID id, EventPayload payload) {
        String body = payloads.writeValueAsString(payload);
        String key = payloads.writeValueAsString(payload.partitionKey());
        return new StringBuilder(beforeId.length() + betweenIdAndKey.length() + betweenKeyAndPayload.length()
                + key.length() + body.length() + 40)
                .append(beforeId).append(id).append(betweenIdAndKey).append(key)
                .append(betweenKeyAndPayload).append(body).append('}').toString();
    }
}
