package io.aifashion.colormatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventType;
import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.support.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The colour-matching service over real HTTP, PostgreSQL, Kafka and Redis. */
@SpringBootTest(classes = ColorMatchingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=color-matching-service", "spring.application.name=color-matching-service"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ColorMatchingServiceTest {

    static final TestTokens TOKENS = new TestTokens();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry r) {
        r.add("aifashion.security.jwks-uri", TOKENS::jwksUri);
    }

    @AfterAll
    static void stop() {
        TOKENS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher events;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    JsonNode problem(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = json.readTree(r.body());
        if (field != null) {
            assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
        return body;
    }

    @Test
    void monkScaleHasTenTonesFromLightToDark() throws Exception {
        JsonNode tones = ok(send("GET", "/api/v1/monk-scale", null, null)).get("tones");
        assertThat(tones).hasSize(10);
        assertThat(tones.get(0).get("tone").asInt()).isEqualTo(1);
        assertThat(tones.get(0).get("lab").get("l").asDouble()).isGreaterThan(tones.get(9).get("lab").get("l").asDouble());
    }

    @Test
    void twelveSeasonsEachWithAFullPalette() throws Exception {
        JsonNode seasons = ok(send("GET", "/api/v1/seasons", null, null));
        assertThat(seasons).hasSize(12);
        for (JsonNode s : seasons) {
            JsonNode palette = ok(send("GET", "/api/v1/seasons/" + s.get("id").asString() + "/palette", null, null));
            assertThat(palette.get("wearable").size()).isGreaterThanOrEqualTo(24);
            assertThat(palette.get("neutrals").size()).isGreaterThanOrEqualTo(6);
            assertThat(palette.get("metals").size()).isGreaterThanOrEqualTo(1);
            assertThat(palette.get("avoid").size()).isGreaterThanOrEqualTo(1);
            assertThat(palette.get("wearable").get(0).get("hex").asString()).matches("#[0-9a-f]{6}");
            assertThat(palette.get("wearable").get(0).get("name").asString()).isNotBlank();
        }
        // Served again from the Redis cache, the same answer.
        assertThat(send("GET", "/api/v1/seasons/deep-autumn/palette", null, null).body())
                .isEqualTo(send("GET", "/api/v1/seasons/Deep Autumn/palette".replace(" ", "%20"), null, null).body());
    }

    @Test
    void anUnknownSeasonIsA400NamingIt() throws Exception {
        problem(send("GET", "/api/v1/seasons/monsoon/palette", null, null), 400, "season");
    }

    @Test
    void analysesSkinAloneAndWithHairAndEyes() throws Exception {
        JsonNode skinOnly = ok(send("POST", "/api/v1/seasons/analyze", "{\"skin\":{\"hex\":\"#8d5524\"}}", null));
        assertThat(skinOnly.get("scores").size()).isEqualTo(12);
        assertThat(skinOnly.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(skinOnly.get("explanation").asString()).isNotBlank();
        assertThat(skinOnly.get("palette").get("wearable").size()).isGreaterThanOrEqualTo(24);

        JsonNode full = ok(send("POST", "/api/v1/seasons/analyze",
                "{\"skin\":{\"l\":80,\"a\":8,\"b\":14},\"hair\":{\"hex\":\"#1a1a1a\"},\"eyes\":{\"hex\":\"#2e3a59\"}}", null));
        assertThat(full.get("season").asString()).isNotBlank();
        assertThat(full.get("palette").get("personalised").asBoolean()).isTrue();
    }

    @Test
    void badColoursAre400sNamingTheField() throws Exception {
        problem(send("POST", "/api/v1/seasons/analyze", "{\"skin\":{\"hex\":\"#12345\"}}", null), 400, "skin.hex");
        problem(send("POST", "/api/v1/seasons/analyze", "{\"skin\":{\"l\":120,\"a\":0,\"b\":0}}", null), 400, "skin.l");
        problem(send("POST", "/api/v1/seasons/analyze", "{\"skin\":{\"hex\":\"#aaaaaa\"},\"eyes\":{\"hex\":\"blue\"}}",
                null), 400, "eyes.hex");
        problem(send("POST", "/api/v1/seasons/analyze", "{}", null), 400, "skin");
    }

    @Test
    void matchesProductColoursAgainstASeasonOrAnExplicitPalette() throws Exception {
        JsonNode bySeason = ok(send("POST", "/api/v1/colors/match",
                "{\"season\":\"deep-autumn\",\"colors\":[{\"hex\":\"#556b2f\"},{\"hex\":\"#ffc0cb\"}]}", null));
        JsonNode results = bySeason.get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("score").asDouble()).isGreaterThan(results.get(1).get("score").asDouble());
        assertThat(results.get(0).get("nearest").get("name").asString()).isNotBlank();

        JsonNode explicit = ok(send("POST", "/api/v1/colors/match",
                "{\"palette\":{\"wear\":[{\"hex\":\"#000080\"}],\"avoid\":[{\"hex\":\"#ffa500\"}]},"
                        + "\"colors\":[{\"hex\":\"#000080\"},{\"hex\":\"#ffa500\"}]}", null)).get("results");
        assertThat(explicit.get(0).get("deltaE").asDouble()).isEqualTo(0.0);
        assertThat(explicit.get(0).get("score").asDouble()).isGreaterThan(explicit.get(1).get("score").asDouble());
        assertThat(explicit.get(1).get("penalised").asBoolean()).isTrue();
    }

    @Test
    void matchRejectsEmptyPalettesAndOverlongLists() throws Exception {
        problem(send("POST", "/api/v1/colors/match", "{\"colors\":[{\"hex\":\"#000000\"}]}", null), 400, "palette.wear");
        problem(send("POST", "/api/v1/colors/match", "{\"palette\":{\"wear\":[]},\"colors\":[{\"hex\":\"#000000\"}]}",
                null), 400, "palette.wear");
        StringBuilder many = new StringBuilder("{\"season\":\"true-winter\",\"colors\":[");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("{\"hex\":\"#101010\"}");
        }
        problem(send("POST", "/api/v1/colors/match", many.append("]}").toString(), null), 400, "colors");
        problem(send("POST", "/api/v1/colors/match", "{\"season\":\"true-winter\",\"colors\":[{\"hex\":\"#zzzzzz\"}]}",
                null), 400, "colors[0].hex");
    }

    @Test
    void myPaletteNeedsSignInAndIsMissingBeforeAnyAnalysis() throws Exception {
        assertThat(send("GET", "/api/v1/palettes/me", null, null).statusCode()).isEqualTo(401);
        var r = send("GET", "/api/v1/palettes/me", null, TOKENS.token("nobody-" + UUID.randomUUID(), List.of("USER")));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no-palette-yet");
    }

    @Test
    void anAnalysisBecomesAStoredPaletteAndAPaletteGeneratedEvent() throws Exception {
        String user = "user-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(EventType.PALETTE_GENERATED.topic()));
            consumer.poll(Duration.ofMillis(500));

            events.publish(new SkinToneAnalyzed("analysis-1", user, 7, 0.8, "#8d5524", new LabColor(41.0, 17.0, 32.0),
                    -19.0, "warm", "#2b1b10", "#3d2314", null, Instant.now()));

            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "select count(*) from personal_palette where user_id = :u").param("u", user).query(Integer.class).single() == 1);

            PaletteGenerated generated = null;
            EventCodec codec = new EventCodec();
            long deadline = System.currentTimeMillis() + 60_000;
            while (generated == null && System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope env = codec.fromJson(record.value());
                    PaletteGenerated p = codec.payload(env, PaletteGenerated.class);
                    if (p.userId().equals(user)) {
                        generated = p;
                        assertThat(record.key()).isEqualTo(user);
                    }
                }
            }
            assertThat(generated).as("PaletteGenerated for %s", user).isNotNull();
            assertThat(generated.analysisId()).isEqualTo("analysis-1");
            assertThat(generated.wearable()).hasSizeGreaterThanOrEqualTo(24);

            JsonNode mine = ok(send("GET", "/api/v1/palettes/me", null, TOKENS.token(user, List.of("USER"))));
            assertThat(mine.get("seasonName").asString()).isEqualTo(generated.season());
            assertThat(mine.get("palette").get("personalised").asBoolean()).isTrue();

            JsonNode export = ok(send("GET", "/internal/privacy/export", null, TOKENS.token(user, List.of("USER"))));
            assertThat(export.get("data").get("palettes")).hasSize(1);
        }

        events.publish(new UserDeleted(user));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from personal_palette where user_id = :u").param("u", user).query(Integer.class).single() == 0);
        assertThat(send("GET", "/api/v1/palettes/me", null, TOKENS.token(user, List.of("USER"))).statusCode()).isEqualTo(404);
    }

    KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(p);
    }

}
