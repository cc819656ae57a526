package io.aifashion.imaging.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.imaging.ImagingApplication;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.support.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The service over real HTTP with real PostgreSQL, Kafka and Redis (the kit's embedded servers),
 * shared by the test classes so that they share one application context.
 */
@SpringBootTest(classes = ImagingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=image-processing-service", "spring.application.name=image-processing-service",
                // A fixed test key (the bytes 0..31): never used outside tests.
                "aifashion.imaging.photo-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                // The retention purge is called by the test that checks it, not by the scheduler.
                "aifashion.imaging.purge-initial-delay=PT24H"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class ServiceTest {

    protected static final TestTokens TOKENS = new TestTokens();

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry r) {
        r.add("aifashion.security.jwks-uri", TOKENS::jwksUri);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;

    protected final HttpClient http = HttpClient.newHttpClient();
    protected final JsonMapper json = JsonMapper.builder().build();

    protected static String token(String user) {
        return TOKENS.token(user, List.of("USER"));
    }

    protected HttpResponse<byte[]> upload(Multipart body, String token) throws Exception {
        return upload(body, token, "");
    }

    protected HttpResponse<byte[]> upload(Multipart body, String token, String query) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/v1/analyses" + query))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpResponse<byte[]> raw(String method, String path, String contentType, byte[] body, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected HttpResponse<byte[]> get(String path, String token) throws Exception {
        return raw("GET", path, null, null, token);
    }

    protected HttpResponse<byte[]> delete(String path, String token) throws Exception {
        return raw("DELETE", path, null, null, token);
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected JsonNode body(HttpResponse<byte[]> r) {
        return json.readTree(new String(r.body(), StandardCharsets.UTF_8));
    }

    protected JsonNode created(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(text(r)).isEqualTo(201);
        return body(r);
    }

    protected JsonNode ok(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(text(r)).isEqualTo(200);
        return body(r);
    }

    /** Asserts an RFC 9457 problem with this status and type slug, and returns it. */
    protected JsonNode problem(HttpResponse<byte[]> r, int status, String slug) {
        assertThat(r.statusCode()).as(text(r)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = body(r);
        assertThat(p.get("type").asString()).isEqualTo("https://aifashion.io/problems/" + slug);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
        return p;
    }

    protected static String text(HttpResponse<byte[]> r) {
        return r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8);
    }

    protected int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
