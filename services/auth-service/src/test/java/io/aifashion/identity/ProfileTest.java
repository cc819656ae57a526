package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.identity.support.IdentityIntegrationTest;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code GET/PATCH /api/v1/users/me}: merge-patch edits, strict validation, {@code PreferencesChanged}. */
class ProfileTest extends IdentityIntegrationTest {

    /** Edits that are refused change nothing, so those tests share one account. */
    static Registered unchanged;
    static String unchangedToken;

    Registered user;
    String token;

    @BeforeEach
    void signIn(org.junit.jupiter.api.TestInfo test) throws Exception {
        boolean refusedEdit = test.getTestMethod().map(m -> m.getName().startsWith("invalidEdits")).orElse(false);
        if (refusedEdit && unchanged != null) {
            user = unchanged;
            token = unchangedToken;
            return;
        }
        user = registerVerified(newEmail());
        token = login(user.email(), PASSWORD).access();
        if (refusedEdit) {
            unchanged = user;
            unchangedToken = token;
        }
    }

    HttpResponse<String> patch(String body) throws Exception {
        return send("PATCH", "/api/v1/users/me", body, token, "Content-Type", "application/merge-patch+json");
    }

    JsonNode me() throws Exception {
        var r = get("/api/v1/users/me", token);
        assertThat(r.statusCode()).isEqualTo(200);
        return body(r);
    }

    @Test
    void aNewProfileHasNoPreferencesAndNoConsent() throws Exception {
        JsonNode me = me();
        assertThat(me.get("id").asString()).isEqualTo(user.userId());
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("USER");
        assertThat(me.get("preferences").get("sizes").isEmpty()).isTrue();
        assertThat(me.get("preferences").get("budget").isNull()).isTrue();
        assertThat(me.get("consent").get("storePhotos").asBoolean()).isFalse();
        assertThat(me.get("consent").get("emails").asBoolean()).isFalse();
        assertThat(me.get("consent").get("push").asBoolean()).isFalse();
        assertThat(me.toString()).doesNotContain("argon2").doesNotContain("passwordHash");
    }

    @Test
    void preferencesAreNormalisedStoredAndAnnounced() throws Exception {
        var r = patch("""
                {"displayName": "Ada Lovelace",
                 "preferences": {"gender": "female", "sizes": ["eu:38", "int:m", "us-shoe:8.5", "EU:38"],
                   "budget": {"min": 20, "max": 149.90, "currency": "EUR"},
                   "favouriteColors": ["#1F3A5F", "navy-blue", "Burgundy"], "dislikedColors": ["fluorescent green"],
                   "styleTags": ["Minimalist", "smart casual"]},
                 "consent": {"storePhotos": true, "emails": false, "push": true}}
                """);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode prefs = body(r).get("preferences");
        assertThat(prefs.get("sizes").values()).extracting(JsonNode::asString)
                .containsExactly("EU:38", "INT:M", "US-SHOE:8.5");
        assertThat(prefs.get("favouriteColors").values()).extracting(JsonNode::asString)
                .containsExactly("#1f3a5f", "Navy Blue", "Burgundy");
        assertThat(prefs.get("styleTags").values()).extracting(JsonNode::asString)
                .containsExactly("minimalist", "smart casual");
        assertThat(prefs.get("budget").get("max").decimalValue()).isEqualByComparingTo("149.9");
        assertThat(me()).isEqualTo(body(r));

        List<JsonNode> changes = events("PreferencesChanged", user.userId());
        assertThat(changes).hasSize(1);
        JsonNode payload = changes.get(0).get("payload");
        assertThat(payload.get("gender").asString()).isEqualTo("female");
        assertThat(payload.get("sizes").values()).extracting(JsonNode::asString)
                .containsExactly("EU:38", "INT:M", "US-SHOE:8.5");
        assertThat(payload.get("currency").asString()).isEqualTo("EUR");
        assertThat(payload.get("consentStorePhotos").asBoolean()).isTrue();
        assertThat(payload.get("consentPush").asBoolean()).isTrue();

        // A partial patch keeps the rest, and the event still carries the full state.
        assertThat(patch("{\"consent\": {\"emails\": true}}").statusCode()).isEqualTo(200);
        JsonNode latest = events("PreferencesChanged", user.userId()).getLast().get("payload");
        assertThat(latest.get("consentEmails").asBoolean()).isTrue();
        assertThat(latest.get("consentStorePhotos").asBoolean()).isTrue();
        assertThat(latest.get("favouriteColors").size()).isEqualTo(3);

        // null clears; a name-only change announces nothing.
        var cleared = patch("{\"preferences\": {\"budget\": null}, \"displayName\": \"Ada King\"}");
        assertThat(body(cleared).get("preferences").get("budget").isNull()).isTrue();
        assertThat(body(cleared).get("displayName").asString()).isEqualTo("Ada King");
        assertThat(events("PreferencesChanged", user.userId())).hasSize(3);
        patch("{\"displayName\": \"Countess Ada\"}");
        assertThat(events("PreferencesChanged", user.userId())).hasSize(3);
    }

    @Test
    void preferenceChangesReachKafka() throws Exception {
        assertThat(patch("{\"preferences\": {\"styleTags\": [\"boho\"]}}").statusCode()).isEqualTo(200);
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "profile-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("aifashion.identity.preferences-changed.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofMillis(500))) {
                    if (user.userId().equals(rec.key()) && rec.value().contains("\"boho\"")) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"displayName": "x' OR '1'='1"}                                          | displayName
            {"displayName": "admin'--"}                                              | displayName
            {"displayName": ""}                                                      | displayName
            {"displayName": 42}                                                      | displayName
            {"displayName": "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"} | displayName
            {"preferences": {"gender": "' OR 1=1 --"}}                               | preferences.gender
            {"preferences": {"gender": "robot"}}                                     | preferences.gender
            {"preferences": {"sizes": ["EU:37"]}}                                    | preferences.sizes[0]
            {"preferences": {"sizes": ["INT:M", "'; DROP TABLE profile; --"]}}       | preferences.sizes[1]
            {"preferences": {"sizes": "EU:38"}}                                      | preferences.sizes
            {"preferences": {"sizes": ["A:1","A:2","A:3","A:4","A:5","A:6","A:7","A:8","A:9","A:10","A:11","A:12","A:13"]}} | preferences.sizes
            {"preferences": {"budget": {"min": 200, "max": 100, "currency": "EUR"}}} | preferences.budget.min
            {"preferences": {"budget": {"min": -1, "currency": "EUR"}}}              | preferences.budget.min
            {"preferences": {"budget": {"max": 10.999, "currency": "EUR"}}}          | preferences.budget.max
            {"preferences": {"budget": {"max": "100; DROP TABLE profile", "currency": "EUR"}}} | preferences.budget.max
            {"preferences": {"budget": {"max": 100, "currency": "E' OR 'U"}}}        | preferences.budget.currency
            {"preferences": {"budget": {"max": 100, "currency": "XYZ"}}}             | preferences.budget.currency
            {"preferences": {"budget": {"max": 100}}}                                | preferences.budget.currency
            {"preferences": {"budget": {"currency": "EUR"}}}                         | preferences.budget
            {"preferences": {"favouriteColors": ["#12345"]}}                         | preferences.favouriteColors[0]
            {"preferences": {"favouriteColors": ["'); DELETE FROM profile; --"]}}    | preferences.favouriteColors[0]
            {"preferences": {"favouriteColors": ["multicolour"]}}                    | preferences.favouriteColors[0]
            {"preferences": {"favouriteColors": ["not-a-real-colour-name"]}}         | preferences.favouriteColors[0]
            {"preferences": {"favouriteColors": ["navy"], "dislikedColors": ["Navy"]}} | preferences.dislikedColors
            {"preferences": {"dislikedColors": ["#zzzzzz"]}}                         | preferences.dislikedColors[0]
            {"preferences": {"styleTags": ["' OR '1'='1"]}}                          | preferences.styleTags[0]
            {"preferences": {"styleTags": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]}}      | preferences.styleTags[0]
            {"preferences": {"colour": "red"}}                                       | preferences.colour
            {"consent": {"push": "yes"}}                                             | consent.push
            {"consent": {"emails": "true; DROP TABLE account"}}                      | consent.emails
            {"consent": {"camera": true}}                                            | consent.camera
            {"email": "someone-else@example.com"}                                    | email
            {"roles": ["ADMIN"]}                                                     | roles
            {"password": "x"}                                                        | password
            """)
    void invalidEditsAre400NamingTheFieldAndChangeNothing(String patch, String field) throws Exception {
        JsonNode before = me();
        int eventsBefore = events("PreferencesChanged", user.userId()).size();
        invalid(patch(patch), field);
        assertThat(me()).isEqualTo(before);
        assertThat(events("PreferencesChanged", user.userId())).hasSize(eventsBefore);
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsRead() throws Exception {
        String tags = "[" + "\"tag\",".repeat(10_000) + "\"tag\"]";
        invalid(patch("{\"preferences\": {\"styleTags\": " + tags + "}}"), "preferences.styleTags");
        invalid(patch("{\"preferences\": {\"styleTags\": [\"" + "t".repeat(100_000) + "\"]}}"),
                "preferences.styleTags[0]");
    }

    @Test
    void theBodyMustBeAJsonObject() throws Exception {
        invalid(patch("[1, 2]"), "body");
        problem(patch("{\"displayName\": "), 400, "malformed-body");
        problem(send("PATCH", "/api/v1/users/me", "displayName=x", token, "Content-Type",
                "application/x-www-form-urlencoded"), 415, "unsupported-media-type");
    }

    @Test
    void theProfileNeedsASignedInUser() throws Exception {
        problem(get("/api/v1/users/me", null), 401, "authentication-required");
        problem(send("PATCH", "/api/v1/users/me", "{}", null), 401, "authentication-required");
    }

    @Test
    void plainJsonPatchesWorkToo() throws Exception {
        var r = send("PATCH", "/api/v1/users/me", json.writeValueAsString(Map.of("preferences",
                Map.of("gender", "non-binary"))), token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(body(r).get("preferences").get("gender").asString()).isEqualTo("non-binary");
    }
}
