package io.aifashion.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.aifashion.gateway.domain.RouteTable;
import io.aifashion.kit.support.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;

/**
 * The gateway against real upstream HTTP servers and a real Redis: routing, 503 for a service that
 * is down, 413 for oversized bodies, 429 with Retry-After from the token buckets, token checks at
 * the edge, hardening headers and the single-page app's deep links.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "spring.main.web-application-type=reactive",
                "aifashion.edge.rate-limits.auth.tokens-per-second=0.01",
                "aifashion.edge.rate-limits.auth.burst=3",
                "aifashion.edge.max-body-size.default=1KB"})
class GatewayRoutingTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final HttpServer UPSTREAM = upstream();
    static final int DEAD_PORT = freePort();
    static final int REDIS_PORT = freePort();
    static final RedisServer REDIS = redis();
    static final TestTokens TOKENS = new TestTokens();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static HttpServer upstream() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                SEEN.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] body = "{\"from\":\"upstream\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RedisServer redis() {
        try {
            RedisServer r = RedisServer.newRedisServer().port(REDIS_PORT).bind("127.0.0.1").setting("save \"\"").build();
            r.start();
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry r) {
        String up = "http://127.0.0.1:" + UPSTREAM.getAddress().getPort();
        for (String s : RouteTable.services()) {
            r.add("aifashion.services." + s, () -> up);
        }
        r.add("aifashion.services.product-service", () -> "http://127.0.0.1:" + DEAD_PORT);
        r.add("spring.data.redis.port", () -> REDIS_PORT);
        r.add("aifashion.edge.jwks-uri", TOKENS::jwksUri);
    }

    @AfterAll
    static void stop() throws IOException {
        UPSTREAM.stop(0);
        REDIS.stop();
        TOKENS.close();
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, null, headers);
    }

    @Test
    void forwardsOwnedPathsUnchanged() throws Exception {
        var r = get("/api/v1/seasons/deep-autumn/palette?x=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("upstream");
        assertThat(SEEN).contains("GET /api/v1/seasons/deep-autumn/palette?x=1");
    }

    @Test
    void similarProductsGoToRecommendationsNotTheCatalogue() throws Exception {
        var r = get("/api/v1/products/42/similar");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("GET /api/v1/products/42/similar");
    }

    @Test
    void serviceHealthAndApiDocsAreReachableThroughTheGateway() throws Exception {
        assertThat(get("/services/color-matching-service/health/readiness").statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("GET /actuator/health/readiness");
        assertThat(get("/services/auth-service/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("GET /v3/api-docs");
    }

    @Test
    void aServiceThatIsDownIsA503Problem() throws Exception {
        var r = get("/api/v1/products?limit=5");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.body()).contains("https://aifashion.io/problems/service-unavailable")
                .contains("/api/v1/products").doesNotContain(String.valueOf(DEAD_PORT));
    }

    @Test
    void oversizedBodiesAreRefusedWith413BeforeReachingAService() throws Exception {
        String big = "{\"x\":\"" + "a".repeat(2048) + "\"}";
        int before = SEEN.size();
        var r = send("POST", "/api/v1/colors/match", big, "Content-Type", "application/json");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("https://aifashion.io/problems/payload-too-large").contains("1 KB");
        assertThat(SEEN.size()).isEqualTo(before);
        // Photos have their own, larger limit.
        var photo = send("POST", "/api/v1/analyses", big, "Content-Type", "application/octet-stream");
        assertThat(photo.statusCode()).isEqualTo(200);
    }

    @Test
    void signInIsRateLimitedPerClientWith429AndRetryAfter() throws Exception {
        int limited = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = send("POST", "/api/v1/auth/login", "{}", "Content-Type", "application/json");
            if (last.statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(2);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(last.body()).contains("https://aifashion.io/problems/rate-limited");
        // Other routes keep their own, roomier buckets.
        assertThat(get("/api/v1/seasons").statusCode()).isEqualTo(200);
    }

    @Test
    void protectedPathsNeedAValidTokenAtTheEdge() throws Exception {
        var none = get("/api/v1/palettes/me");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("authentication-required");
        var bad = get("/api/v1/palettes/me", "Authorization", "Bearer " + TOKENS.tampered("u1"));
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("invalid-token");
        var good = get("/api/v1/palettes/me", "Authorization", "Bearer " + TOKENS.token("u1", List.of("USER")));
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.headers().firstValue("Authorization")).isEmpty();
    }

    @Test
    void aStaleTokenDoesNotBlockRefreshingIt() throws Exception {
        var refresh = send("POST", "/api/v1/auth/refresh", "{}", "Content-Type", "application/json",
                "Authorization", "Bearer " + TOKENS.token("u1", List.of("USER"), "ai-fashion", java.time.Instant.now().minusSeconds(60)));
        assertThat(refresh.statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("POST /api/v1/auth/refresh");
    }

    @Test
    void responsesCarryHardeningHeaders() throws Exception {
        var r = get("/api/v1/seasons");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                        .doesNotContain("script-src 'self' 'unsafe-inline'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void deepLinksIntoTheWebAppServeIndexHtml() throws Exception {
        var page = get("/shop/42", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("spa-marker");
        var api = get("/api/v1/nothing", "Accept", "text/html");
        assertThat(api.statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAre404Problems() throws Exception {
        var r = get("/api/v1/nothing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("https://aifashion.io/problems/not-found");
    }

    @Test
    void gatewayHealthIsUp() throws Exception {
        var r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("UP");
    }

    @Test
    void everyServiceOwnsARoute() {
        assertThat(RouteTable.services()).containsExactly("auth-service", "image-processing-service",
                "color-matching-service", "recommendation-service", "product-service", "notification-service");
    }
}
