package io.aifashion.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.aifashion.gateway.domain.RouteTable;
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

/** Routing through a real gateway to a real upstream HTTP server, and a 503 for a service that is down. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "spring.main.web-application-type=reactive"})
class GatewayRoutingTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();
    static final HttpServer UPSTREAM = upstream();
    static final int DEAD_PORT = freePort();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static HttpServer upstream() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/", exchange -> {
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
        r.add("aifashion.services.color-matching-service", () -> up);
        r.add("aifashion.services.recommendation-service", () -> up);
        r.add("aifashion.services.product-service", () -> "http://127.0.0.1:" + DEAD_PORT);
    }

    @AfterAll
    static void stop() {
        UPSTREAM.stop(0);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
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
    void serviceHealthIsReachableThroughTheGateway() throws Exception {
        var r = get("/services/color-matching-service/health/readiness");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(SEEN).contains("GET /actuator/health/readiness");
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
