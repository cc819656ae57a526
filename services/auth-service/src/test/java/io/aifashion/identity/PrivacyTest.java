package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.identity.support.IdentityIntegrationTest;
import io.aifashion.identity.support.SideServices;
import io.aifashion.kit.support.PersonalDataSweep;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The user's privacy rights across services: the export gathers every service's data (a service
 * that is down, or keeps none, is reported, not fatal), and deletion leaves no trace of the user
 * in any table of any service's database. The other service here is a real kit-based service with
 * its own database; the sweep covers every database on the server, so each service added to the
 * system is covered by this test's method as soon as it keeps data.
 */
class PrivacyTest extends IdentityIntegrationTest {

    JdbcClient peer;
    final PersonalDataSweep sweep = PersonalDataSweep.ofTestInfrastructure();

    @BeforeEach
    void peerService() {
        peer = SideServices.get().peer().getBean(JdbcClient.class);
    }

    void save(String userId, String item) {
        peer.sql("insert into peer_item (user_id, item) values (:u, :i)").param("u", userId).param("i", item).update();
    }

    @Test
    void theExportGathersEveryServicesDataAndNamesTheMissing() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        send("PATCH", "/api/v1/users/me", "{\"preferences\": {\"styleTags\": [\"preppy\"]}}", t.access());
        save(user.userId(), "linen shirt");
        save(user.userId(), "trench coat");
        save(registerVerified(newEmail()).userId(), "someone else's boots");

        var r = get("/api/v1/users/me/export", t.access());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("attachment").contains(".json"));
        JsonNode doc = body(r);
        assertThat(doc.get("userId").asString()).isEqualTo(user.userId());
        JsonNode services = doc.get("services");

        JsonNode own = services.get("auth-service");
        assertThat(own.get("status").asString()).isEqualTo("available");
        assertThat(own.get("data").get("account").get("email").asString()).isEqualTo(user.email());
        assertThat(own.get("data").get("profile").get("preferences").get("styleTags").get(0).asString())
                .isEqualTo("preppy");
        assertThat(own.get("data").get("sessions").size()).isEqualTo(1);
        assertThat(own.get("data").get("emailLinks").get(0).get("kind").asString()).isEqualTo("email-verification");

        JsonNode other = services.get("peer-service");
        assertThat(other.get("status").asString()).as(r.body()).isEqualTo("available");
        assertThat(other.get("data").get("savedItems").get("items").values()).extracting(JsonNode::asString)
                .containsExactly("linen shirt", "trench coat");

        assertThat(services.get("image-processing-service").get("status").asString()).isEqualTo("unavailable");
        assertThat(services.get("image-processing-service").get("reason").asString()).isEqualTo("not reachable");
        assertThat(services.get("product-service").get("status").asString()).isEqualTo("unavailable");
        assertThat(services.get("product-service").get("reason").asString()).contains("404");
        assertThat(services.propertyNames()).contains("color-matching-service", "recommendation-service",
                "notification-service");

        // Secrets are not personal data to hand out: no hashes, no tokens.
        assertThat(r.body()).doesNotContain("$argon2id").doesNotContain(t.refresh()).doesNotContain("someone else");
    }

    @Test
    void deletionLeavesNoTraceOfTheUserInAnyServicesDatabase() throws Exception {
        var user = registerVerified(newEmail());
        var bystander = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        send("PATCH", "/api/v1/users/me", "{\"preferences\": {\"favouriteColors\": [\"navy\"]},"
                + " \"consent\": {\"emails\": true}}", t.access());
        post("/api/v1/auth/password-reset", Map.of("email", user.email()));
        post("/api/v1/auth/login", Map.of("email", user.email(), "password", "Not-The-Password-123"));
        save(user.userId(), "silk scarf");
        save(bystander.userId(), "wool coat");
        assertThat(sweep.databases()).contains("auth_service", "peer_service");
        assertThat(sweep.traces(user.userId())).as("the user's data is there to begin with")
                .anyMatch(s -> s.startsWith("auth_service.account."))
                .anyMatch(s -> s.startsWith("peer_service.peer_item."));

        var deleted = send("DELETE", "/api/v1/users/me", null, t.access());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

        // The access token is still well-formed until it expires, but names nobody now.
        problem(get("/api/v1/users/me", t.access()), 404, "account-not-found");
        problem(send("DELETE", "/api/v1/users/me", null, t.access()), 404, "account-not-found");
        problem(post("/api/v1/auth/login", Map.of("email", user.email(), "password", PASSWORD)), 401,
                "invalid-credentials");
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", t.refresh())), 401, "refresh-token-invalid");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(sweep.traces(user.userId())).as("tables still holding the user's id").isEmpty();
            assertThat(sweep.traces(user.email())).as("tables still holding the e-mail").isEmpty();
        });
        // Only that user's data went.
        assertThat(sweep.traces(bystander.userId()))
                .anyMatch(s -> s.startsWith("auth_service.account."))
                .anyMatch(s -> s.startsWith("peer_service.peer_item."));
    }
}
