package io.aifashion.notification.support;

import static org.awaitility.Awaitility.await;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventEnvelope;
import io.aifashion.events.EventPayload;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.UserRegistered;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.notification.NotificationApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as it runs: real PostgreSQL, Kafka and Redis (the kit's embedded servers), a real SMTP
 * server, a local push service, and signed tokens. Every integration test extends this, so they
 * share one application context. Fast retry settings keep outage tests short; nothing else differs
 * from production.
 */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=notification-service",
                "spring.application.name=notification-service",
                "aifashion.outbox.poll-interval=100ms",
                "aifashion.notification.poll-interval=200ms",
                "aifashion.notification.app-url=https://app.aifashion.test",
                "aifashion.notification.mail.from=AI-Fashion <hello@aifashion.test>",
                "aifashion.notification.retry.email.base=100ms",
                "aifashion.notification.retry.email.max=400ms",
                // An SMTP outage in a test lasts as long as the test decides; never give up during one.
                "aifashion.notification.retry.email.max-attempts=100000",
                "aifashion.notification.retry.push.base=50ms",
                "aifashion.notification.retry.push.max=100ms",
                "aifashion.notification.retry.push.max-attempts=3",
                "aifashion.push.subject=mailto:ops@aifashion.test",
                "aifashion.push.allowed-hosts=127.0.0.1",
                "aifashion.push.allow-http=true"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class ServiceTest {

    protected static final TestWorld WORLD = TestWorld.get();
    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void world(DynamicPropertyRegistry registry) {
        registry.add("aifashion.security.jwks-uri", () -> WORLD.tokens().jwksUri());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", WORLD::smtpPort);
        registry.add("aifashion.push.vapid-public-key", WORLD::vapidPublicKey);
        registry.add("aifashion.push.vapid-private-key", WORLD::vapidPrivateKey);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected EventPublisher events;
    @Autowired
    protected EventCodec codec;
    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    private PlatformTransactionManager txm;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Events published before the consumers have their partitions would still arrive, just later; wait once. */
    @BeforeEach
    void consumersAssigned() {
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            ContainerTestUtils.waitForAssignment(container, 3);
        }
    }

    // ---- events ---------------------------------------------------------------------------------

    /** Publishes through the outbox, as a producing service does; returns the event id. */
    protected UUID publish(EventPayload payload) {
        return new TransactionTemplate(txm).execute(s -> events.publish(payload));
    }

    /** Sends an envelope straight to its topic, e.g. the same event a second time (a redelivery). */
    protected void send(EventEnvelope envelope, String topic) throws Exception {
        kafka.send(topic, envelope.key(), codec.toJson(envelope)).get(10, TimeUnit.SECONDS);
    }

    protected static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    protected static String addressOf(String user) {
        return user + "@example.com";
    }

    /** The identity service's view of a new user: registered, with the given consent; waits until applied. */
    protected void registered(String user, boolean emails, boolean push) {
        publish(new UserRegistered(user, addressOf(user), "Ada " + user.substring(5, 9)));
        publish(new PreferencesChanged(user, null, List.of(), null, null, null, List.of(), List.of(), List.of(),
                false, emails, push));
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                select count(*) from recipient where user_id = :u and email is not null
                   and consent_emails = :e and consent_push = :p
                """).param("u", user).param("e", emails).param("p", push).query(Long.class).single() == 1);
    }

    // ---- database -------------------------------------------------------------------------------

    /** The state of the user's only delivery on the channel, or null while there is none yet. */
    protected String deliveryState(String user, String channel) {
        return jdbc.sql("select state from delivery where user_id = :u and channel = :c")
                .param("u", user).param("c", channel).query(String.class).optional().orElse(null);
    }

    protected long count(String table, String user) {
        return jdbc.sql("select count(*) from " + table + " where user_id = :u").param("u", user)
                .query(Long.class).single();
    }

    // ---- HTTP and WebSocket ---------------------------------------------------------------------

    protected String token(String user) {
        return WORLD.tokens().token(user, List.of("USER"));
    }

    protected LiveClient connect(String user) {
        return LiveClient.open(URI.create("ws://127.0.0.1:" + port + "/ws/notifications"),
                "aifashion.notifications.v1", "bearer." + token(user));
    }

    protected Response get(String user, String path) throws IOException, InterruptedException {
        return call(user, "GET", path, null);
    }

    protected Response call(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json, application/problem+json");
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    public record Response(int status, String contentType, JsonNode body) {
    }

    protected static Instant now() {
        return Instant.now();
    }
}
