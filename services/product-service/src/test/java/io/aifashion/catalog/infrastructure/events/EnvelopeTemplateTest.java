package io.aifashion.catalog.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.aifashion.events.EventType;
import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.ProductColor;
import io.aifashion.events.payload.ProductRemoved;
import io.aifashion.events.payload.ProductUpserted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The spliced envelope is byte for byte what the codec writes, for every kind of payload field. */
class EnvelopeTemplateTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper payloads = JsonMapper.builder().build();
    private final Instant at = Instant.parse("2026-11-25T20:00:00.123456Z");

    private static ProductUpserted product(String id, BigDecimal price, String shade, String text) {
        return new ProductUpserted(id, "SKU-" + id, text, null, "women", "Apparel", "Topwear", "Tops", price,
                price == null ? null : "EUR", true,
                new ProductColor("#9caf88", new LabColor(68.1234567, -12.5, 17.0000001), "green"),
                List.of(new ProductColor("#000000", null, "neutral")), List.of("Summer", "Fall"), null,
                "https://img.example/a.jpg", shade);
    }

    private String viaCodec(UUID id, EventPayload p, String traceparent) {
        EventType type = p.eventType();
        return codec.toJson(new EventEnvelope(id, type.typeName(), type.version(), at, p.partitionKey(), traceparent,
                codec.tree(p)));
    }

    @Test
    void matchesTheCodec() {
        String trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        List<EventPayload> samples = List.of(
                product(UUID.randomUUID().toString(), new BigDecimal("1299.00"), "Sand 3", "Tab\there \"quoted\" \\ é ✓"),
                product(UUID.randomUUID().toString(), null, null, "line\nbreak"),
                product(UUID.randomUUID().toString(), new BigDecimal("0.5"), null, "plain"));
        for (String traceparent : new String[] {null, trace}) {
            EnvelopeTemplate t = EnvelopeTemplate.of(codec, payloads, EventType.PRODUCT_UPSERTED, at, traceparent,
                    samples.getFirst());
            assertThat(t).isNotNull();
            for (EventPayload p : samples) {
                UUID id = UUID.randomUUID();
                assertThat(t.json(id, p)).isEqualTo(viaCodec(id, p, traceparent));
            }
        }
        ProductRemoved removed = new ProductRemoved(UUID.randomUUID().toString());
        EnvelopeTemplate r = EnvelopeTemplate.of(codec, payloads, EventType.PRODUCT_REMOVED, at, null, removed);
        assertThat(r).isNotNull();
        UUID id = UUID.randomUUID();
        assertThat(r.json(id, removed)).isEqualTo(viaCodec(id, removed, null));
    }
}
