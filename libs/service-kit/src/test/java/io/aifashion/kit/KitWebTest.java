package io.aifashion.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.support.TestTokens;
import io.aifashion.kit.testapp.KitTestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json rendering and JWT validation, over real HTTP against a kit-based service. */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"aifashion.outbox.erase-deleted-users=false",
                "spring.application.name=kit-web-test",
                "spring.flyway.locations=classpath:db/kit,classpath:db/kittest",
                "aifashion.security.public-paths=/public/**,POST /api/v1/accounts/deletions,/api/v1/boom,/api/v1/numbers/**"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class KitWebTest {

    static final TestTokens TOKENS = new TestTokens();
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("aifashion.security.jwks-uri", TOKENS::jwksUri);
    }

    @AfterAll
    static void stop() {
        TOKENS.close();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode problem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("type")).as(r.body()).isNotNull();
        assertThat(body.get("type").asString()).as(r.body()).isEqualTo("https://aifashion.io/problems/" + type);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.has("title")).isTrue();
        assertThat(body.has("detail")).isTrue();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    @Test
    void validationErrorsNameTheField() throws Exception {
        JsonNode body = problem(send("POST", "/api/v1/accounts/deletions", "application/json", "{\"id\":\"\"}", null),
                400, "validation-error");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/accounts/deletions");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        problem(send("POST", "/api/v1/accounts/deletions", "application/json", "{\"id\":", null), 400,
                "malformed-body");
    }

    @Test
    void wrongTypeInAPathVariableNamesIt() throws Exception {
        JsonNode body = problem(send("GET", "/api/v1/numbers/abc", null, null, null), 400, "validation-error");
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("n");
    }

    @Test
    void unknownPathIs404MethodIs405MediaTypeIs415() throws Exception {
        problem(send("GET", "/public/nothing-here", null, null, null), 404, "not-found");
        problem(send("DELETE", "/public/ping", null, null, null), 405, "method-not-allowed");
        problem(send("POST", "/api/v1/accounts/deletions", "text/plain", "id=1", null), 415,
                "unsupported-media-type");
    }

    @Test
    void unexpectedErrorsHideTheirDetailButCarryATraceId() throws Exception {
        var r = send("GET", "/api/v1/boom", null, null, null);
        JsonNode body = problem(r, 500, "internal-error");
        assertThat(r.body()).doesNotContain("secret internal detail");
        assertThat(body.get("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(body.get("detail").asString()).contains(body.get("traceId").asString());
    }

    @Test
    void protectedPathsNeedAToken() throws Exception {
        var r = send("GET", "/api/v1/admin/things", null, null, null);
        problem(r, 401, "authentication-required");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void rolesComeFromTheToken() throws Exception {
        problem(send("GET", "/api/v1/admin/things", null, null, TOKENS.token("u1", List.of("USER"))), 403,
                "forbidden");
        var ok = send("GET", "/api/v1/admin/things", null, null, TOKENS.token("u2", List.of("ADMIN")));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("secret");
    }

    @Test
    void badTokensAreRejectedWithTheirReason() throws Exception {
        problem(send("GET", "/api/v1/admin/things", null, null,
                TOKENS.token("u", List.of("ADMIN"), "ai-fashion", Instant.now().minusSeconds(600))), 401,
                "token-expired");
        problem(send("GET", "/api/v1/admin/things", null, null,
                TOKENS.token("u", List.of("ADMIN"), "someone-else", Instant.now().plusSeconds(600))), 401,
                "invalid-token-audience");
        assertThat(send("GET", "/api/v1/admin/things", null, null, TOKENS.tampered("u")).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/admin/things", null, null, TOKENS.unsigned("u")).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/admin/things", null, null, TOKENS.hmacWithPublicKey("u")).statusCode())
                .isEqualTo(401);
        problem(send("GET", "/api/v1/admin/things", null, null, "not-a-jwt"), 401, "invalid-token");
    }

    @Test
    void healthAndMetricsArePublic() throws Exception {
        var health = send("GET", "/actuator/health/liveness", null, null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(send("GET", "/actuator/health/readiness", null, null, null).statusCode()).isEqualTo(200);
        var prom = send("GET", "/actuator/prometheus", null, null, null);
        assertThat(prom.statusCode()).isEqualTo(200);
        assertThat(prom.body()).contains("aifashion_outbox_backlog");
        var docs = send("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/accounts/deletions");
    }
}
