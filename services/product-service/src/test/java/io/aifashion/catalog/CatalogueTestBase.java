package io.aifashion.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.support.TestTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product service on real PostgreSQL, Kafka and Redis (the kit's embedded servers), started
 * once for all API tests with the demo catalogue seeded on start-up, as {@code serve} does.
 */
@SpringBootTest(classes = ProductApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=product-service",
                "spring.application.name=product-service",
                "aifashion.demo-data.enabled=true",
                "aifashion.demo-data.products=" + CatalogueTestBase.DEMO_PRODUCTS,
                "aifashion.catalog.import-batch-size=1000",
                // A small window, so that listings exercise both of their plans on a small catalogue.
                "aifashion.catalog.listing-window=40"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class CatalogueTestBase {

    static final int DEMO_PRODUCTS = 2000;
    static final TestTokens TOKENS = new TestTokens();
    static final String ADMIN = TOKENS.token("admin-1", List.of("ADMIN"));
    static final String USER = TOKENS.token("user-1", List.of("USER"));

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("aifashion.security.jwks-uri", TOKENS::jwksUri);
    }

    @BeforeEach
    void demoCatalogueSeeded() {
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from product where sku like 'DEMO-%'")
                >= DEMO_PRODUCTS);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null, null);
    }

    JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return json.readTree(r.body());
    }

    /** Asserts a 400 problem that names {@code field}. */
    JsonNode badRequest(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("errors").get(0).get("field").asString()).as(r.body()).isEqualTo(field);
        return body;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
