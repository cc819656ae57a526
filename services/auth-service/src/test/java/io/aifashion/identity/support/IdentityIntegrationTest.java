package io.aifashion.identity.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.identity.AuthServiceApplication;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the auth service's integration tests: one application context for all of them (same
 * configuration, so Spring caches it) on real embedded PostgreSQL, Kafka and Redis, reached over
 * real HTTP. The sign-in back-off is set long (10 minutes) so that a lock a test provokes is
 * still there when the test looks, whatever the machine's speed.
 */
@SpringBootTest(classes = AuthServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
                "spring.config.name=auth-service",
                "spring.application.name=auth-service",
                // A test-only key-encryption key: base64 of the 32 ASCII bytes "test-only-key-encryption-key-32b".
                "aifashion.auth.key-encryption-key=dGVzdC1vbmx5LWtleS1lbmNyeXB0aW9uLWtleS0zMmI=",
                "aifashion.admin.email=admin@aifashion.test",
                "aifashion.admin.password=Opal-Harbour-Lantern-42",
                "aifashion.auth.account-throttle.base-delay=10m",
                "aifashion.auth.address-throttle.free-failures=8",
                "aifashion.auth.address-throttle.base-delay=10m",
                "aifashion.auth.link-cooldown=0s",
                "aifashion.auth.housekeeping-interval=PT1S",
                "aifashion.auth.export-timeout=3s",
                "aifashion.outbox.max-backoff=1s"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class IdentityIntegrationTest {

    public static final String PASSWORD = "Velvet-Compass-Orchard-71";
    protected static final String BASE = "http://localhost:" + SideServices.AUTH_PORT;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        SideServices side = SideServices.get();
        String dead = "http://127.0.0.1:" + SideServices.DEAD_PORT;
        registry.add("server.port", () -> SideServices.AUTH_PORT);
        registry.add("spring.autoconfigure.exclude", GatewayAutoConfigurations::excluded);
        registry.add("aifashion.services.image-processing-service", () -> dead);
        registry.add("aifashion.services.color-matching-service", () -> dead);
        registry.add("aifashion.services.product-service", side::notFoundUrl);
        registry.add("aifashion.services.recommendation-service", () -> dead);
        registry.add("aifashion.services.notification-service", () -> dead);
        registry.add("aifashion.services.peer-service", () -> "http://127.0.0.1:" + SideServices.PEER_PORT);
    }

    // ---- HTTP ----

    protected HttpResponse<String> send(String method, String url, String body, String token, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String url, Object body) throws Exception {
        return send("POST", url, json.writeValueAsString(body), null, "X-Forwarded-For", randomAddress());
    }

    protected HttpResponse<String> get(String url, String token) throws Exception {
        return send("GET", url, null, token);
    }

    protected JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    /** Asserts a problem+json answer of this status and type; returns its body. */
    protected JsonNode problem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("type").asString()).as(r.body()).isEqualTo("https://aifashion.io/problems/" + type);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    /** Asserts a 400 validation problem that names {@code field}. */
    protected JsonNode invalid(HttpResponse<String> r, String field) {
        JsonNode body = problem(r, 400, "validation-error");
        List<String> fields = body.get("errors").values().stream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).as(r.body()).contains(field);
        return body;
    }

    /** A made-up client address, so tests do not share one per-address sign-in counter. */
    protected static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    protected static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    // ---- flows ----

    protected record Tokens(String access, String refresh, JsonNode body) {
    }

    protected record Registered(String userId, String email) {
    }

    /** Registers, verifies with the link from the outbox, and returns the new account. */
    protected Registered registerVerified(String email) throws Exception {
        var r = post("/api/v1/auth/register", java.util.Map.of("email", email, "password", PASSWORD,
                "displayName", "Test User"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String userId = userIdOf(email);
        var v = post("/api/v1/auth/verify", java.util.Map.of("token", linkToken(userId, "email-verification")));
        assertThat(v.statusCode()).as(v.body()).isEqualTo(204);
        return new Registered(userId, email);
    }

    protected Tokens login(String email, String password) throws Exception {
        var r = post("/api/v1/auth/login", java.util.Map.of("email", email, "password", password));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode b = body(r);
        return new Tokens(b.get("accessToken").asString(), b.get("refreshToken").asString(), b);
    }

    // ---- database and outbox ----

    protected String userIdOf(String email) {
        return jdbc.sql("select id::text from account where email = :e").param("e", email).query(String.class)
                .single();
    }

    /** Envelopes of this type about this user, oldest first, from the outbox. */
    protected List<JsonNode> events(String type, String userId) {
        return jdbc.sql("select envelope from outbox_event where event_type = :t and event_key = :k order by seq")
                .param("t", type).param("k", userId).query(String.class).list().stream()
                .map(json::readTree).toList();
    }

    /** The token in the newest link of this kind sent to the user (as the notification service would read it). */
    protected String linkToken(String userId, String kind) {
        List<JsonNode> notes = events("UserNotificationRequested", userId).stream()
                .filter(e -> kind.equals(e.get("payload").get("kind").asString())).toList();
        assertThat(notes).as("a %s notification for %s", kind, userId).isNotEmpty();
        String url = notes.get(notes.size() - 1).get("payload").get("actionUrl").asString();
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no token in " + url);
    }
}
