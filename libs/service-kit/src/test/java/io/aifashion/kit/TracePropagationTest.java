package io.aifashion.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.support.TestTokens;
import io.aifashion.kit.testapp.KitTestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One trace across the outbox and Kafka: a request arriving with a W3C {@code traceparent} (as the
 * gateway forwards it) writes an event in its transaction; the relay sends it later from its own
 * thread; the consumer's handler logs with the request's trace id. Also the kit's metric defaults:
 * latency histograms with SLO buckets, dead letters, consumer processing time, consumer lag.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"aifashion.outbox.erase-deleted-users=false",
                "spring.application.name=kit-trace-test",
                "spring.flyway.locations=classpath:db/kit,classpath:db/kittest",
                "aifashion.security.public-paths=POST /api/v1/accounts/deletions"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class TracePropagationTest {

    static final TestTokens TOKENS = new TestTokens();
    static final String TOPIC = "aifashion.identity.user-deleted.v1";

    @LocalServerPort
    int port;
    @Autowired
    KitTestApplication.UserDeletedListener listener;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry registry) {
        registry.add("aifashion.security.jwks-uri", TOKENS::jwksUri);
    }

    @AfterAll
    static void stop() {
        TOKENS.close();
    }

    HttpResponse<String> deleteAccount(String id, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/accounts/deletions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\"}"));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros
        return HexFormat.of().formatHex(b);
    }

    @Test
    void theRequestsTraceIdReachesTheConsumersLogsThroughTheOutboxAndKafka() throws Exception {
        String traceId = randomHex(16);
        String user = "traced-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(deleteAccount(user, "00-" + traceId + "-" + randomHex(8) + "-01").statusCode()).isEqualTo(202);

        // Written with the request's trace ...
        String stored = jdbc.sql("select traceparent from outbox_event where event_key = :k").param("k", user)
                .query(String.class).single();
        assertThat(stored).startsWith("00-" + traceId + "-");
        // ... sent by the relay, from its own thread, inside that trace (the record header), and
        // continued by the consumer. Without the relay's continuation the header would carry a new
        // trace: the inbox would still log the request's id (from the envelope), the header not.
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.loggedTraceId(user).isPresent());
        assertThat(listener.loggedTraceId(user)).contains(traceId);
        assertThat(listener.recordTraceparent(user)).hasValueSatisfying(tp ->
                assertThat(tp).startsWith("00-" + traceId + "-").doesNotStartWith(stored.substring(0, 52)));
    }

    @Test
    void aRequestWithoutATraceStartsOneThatTheConsumerContinues() throws Exception {
        String user = "untraced-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(deleteAccount(user, null).statusCode()).isEqualTo(202);

        String stored = jdbc.sql("select traceparent from outbox_event where event_key = :k").param("k", user)
                .query(String.class).single();
        assertThat(stored).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.loggedTraceId(user).isPresent());
        assertThat(listener.loggedTraceId(user)).contains(stored.substring(3, 35));
        assertThat(listener.recordTraceparent(user)).hasValueSatisfying(tp ->
                assertThat(tp).startsWith(stored.substring(0, 36)));
    }

    @Test
    void latencyOfEveryEndpointIsRecordedWithPercentileAndSloBuckets() throws Exception {
        deleteAccount("histogram-" + UUID.randomUUID().toString().substring(0, 8), null);

        var timer = meters.get("http.server.requests").tag("uri", "/api/v1/accounts/deletions").timer();
        double[] bucketsMs = Arrays.stream(timer.takeSnapshot().histogramCounts())
                .mapToDouble(b -> b.bucket(TimeUnit.MILLISECONDS)).toArray();
        assertThat(bucketsMs).contains(10, 25, 50, 100, 250, 500, 1000);
        // The percentiles histogram adds Micrometer's exponential buckets between them.
        assertThat(bucketsMs.length).isGreaterThan(20);
        assertThat(Arrays.stream(timer.takeSnapshot().histogramCounts()).mapToDouble(CountAtBucket::count).max())
                .hasValue(timer.count());
    }

    @Test
    void aMalformedEventIsCountedAsADeadLetterOfItsTopic() throws Exception {
        double before = deadLetters();

        kafka.send(TOPIC, "malformed", "{not an event").get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters() > before);
        assertThat(meters.get("aifashion.events.dead.letters").tag("topic", TOPIC)
                .tag("exception", "MalformedEventException").counter().count()).isPositive();
    }

    @Test
    void consumersAreTimedAndTheirLagIsExported() throws Exception {
        String user = "timed-" + UUID.randomUUID().toString().substring(0, 8);
        deleteAccount(user, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.loggedTraceId(user).isPresent());

        assertThat(meters.get("aifashion.events.processing").tag("consumer", "kit-test").tag("type", "UserDeleted")
                .tag("outcome", "applied").timer().count()).isPositive();
        // Kafka's own client metrics, bound by Spring Boot: records-lag-max per consumer.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !meters.find("kafka.consumer.fetch.manager.records.lag.max").meters().isEmpty());
    }

    double deadLetters() {
        var counter = meters.find("aifashion.events.dead.letters").tag("topic", TOPIC).counters();
        return counter.stream().mapToDouble(c -> c.count()).sum();
    }
}
