package io.aifashion.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifashion.events.payload.InteractionRecorded;
import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventContractTest {

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void topicsFollowTheNamingRule() {
        assertThat(EventType.SKIN_TONE_ANALYZED.topic()).isEqualTo("aifashion.analysis.skin-tone-analyzed.v1");
        assertThat(EventType.USER_DELETED.topic()).isEqualTo("aifashion.identity.user-deleted.v1");
        assertThat(EventType.PRODUCT_UPSERTED.deadLetterTopic()).isEqualTo("aifashion.catalog.product-upserted.v1.dlt");
        assertThat(Arrays.stream(EventType.values()).map(EventType::topic))
                .allMatch(t -> t.matches("aifashion\\.[a-z]+\\.[a-z-]+\\.v[0-9]+"))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventHasASchemaMatchingItsRecord(EventType type) throws Exception {
        String path = "/events/schemas/" + type.typeName() + ".v" + type.version() + ".json";
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as("schema %s", path).isNotNull();
            JsonNode schema = json.readTree(in);
            Set<String> schemaProps = new HashSet<>(schema.get("properties").propertyNames());
            Set<String> recordProps = new HashSet<>();
            for (var c : type.payloadType().getRecordComponents()) {
                recordProps.add(c.getName());
            }
            assertThat(schemaProps).isEqualTo(recordProps);
            for (JsonNode req : schema.get("required")) {
                assertThat(recordProps).contains(req.asString());
            }
        }
    }

    @Test
    void envelopeRoundTripsThroughJson() {
        var payload = new SkinToneAnalyzed("a1", "u1", 7, 0.83, "#8D5524", new LabColor(42.1, 17.3, 30.2),
                -12.5, "warm", null, "#3b2a1a", "Deep Autumn", Instant.parse("2026-01-02T03:04:05Z"));
        EventEnvelope env = codec.wrap(payload, Instant.parse("2026-01-02T03:04:06Z"), "00-abc-def-01");
        EventEnvelope back = codec.fromJson(codec.toJson(env));

        assertThat(back).isEqualTo(env);
        assertThat(back.key()).isEqualTo("u1");
        assertThat(back.type()).isEqualTo("SkinToneAnalyzed");
        SkinToneAnalyzed read = codec.payload(back, SkinToneAnalyzed.class);
        assertThat(read).isEqualTo(payload);
        assertThat(read.skinHex()).isEqualTo("#8d5524");
    }

    @Test
    void anonymousAnalysisIsKeyedByItsId() {
        var payload = new SkinToneAnalyzed("a9", null, 3, 0.5, "#f0d0b0", new LabColor(85, 5, 15),
                60, "neutral", null, null, null, null);
        assertThat(payload.partitionKey()).isEqualTo("a9");
    }

    @Test
    void readingTheWrongPayloadTypeFailsClearly() {
        EventEnvelope env = codec.wrap(new UserDeleted("u1"), Instant.now(), null);
        assertThatThrownBy(() -> codec.payload(env, InteractionRecorded.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("is a UserDeleted");
    }

    @Test
    void garbageIsAMalformedEvent() {
        assertThatThrownBy(() -> codec.fromJson("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.fromJson("{\"id\":\"" + java.util.UUID.randomUUID() + "\"}"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void payloadsValidateThemselves() {
        assertThatThrownBy(() -> new InteractionRecorded("i", "u", "p", "stare", Instant.now(), null, null))
                .hasMessageContaining("kind must be one of");
        assertThatThrownBy(() -> new SkinToneAnalyzed("a", "u", 11, 0.5, "#000000", new LabColor(0, 0, 0),
                0, "warm", null, null, null, null)).hasMessageContaining("monkTone");
        assertThatThrownBy(() -> new SkinToneAnalyzed("a", "u", 5, 0.5, "red", new LabColor(0, 0, 0),
                0, "warm", null, null, null, null)).hasMessageContaining("skinHex");
    }
}
