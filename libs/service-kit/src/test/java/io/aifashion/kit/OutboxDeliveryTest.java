package io.aifashion.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.kit.events.OutboxRelay;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.testapp.KitTestApplication;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The outbox promise: an event produced while the Kafka broker is down waits in the outbox, is
 * delivered when the broker returns, and is applied exactly once even when it is delivered twice.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"aifashion.outbox.erase-deleted-users=false", "spring.application.name=kit-outbox-test",
                "spring.flyway.locations=classpath:db/kit,classpath:db/kittest", "aifashion.outbox.max-backoff=1s"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class OutboxDeliveryTest {

    @Autowired
    KitTestApplication.AccountDeletion deletion;
    @Autowired
    KitTestApplication.UserDeletedListener listener;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;

    int received(String userId) {
        return jdbc.sql("select count(*) from received_event where user_id = :u").param("u", userId)
                .query(Integer.class).single();
    }

    @Test
    void eventsSurviveABrokerOutageAndAreAppliedOnce() throws Exception {
        // Warm up: the listener is assigned its partitions and a first event flows end to end.
        String warm = "warm-" + UUID.randomUUID();
        deletion.delete(warm);
        await().atMost(Duration.ofSeconds(60)).until(() -> received(warm) == 1);

        var kafkaServer = EmbeddedInfrastructure.get().kafka();
        kafkaServer.stopBroker();
        String user = "outage-" + UUID.randomUUID();
        String envelope;
        try {
            deletion.delete(user); // commits although Kafka is down: the event waits in the outbox
            // Kept for the redelivery below.
            envelope = jdbc.sql("select envelope from outbox_event where event_key = :k").param("k", user)
                    .query(String.class).single();
            assertThat(relay.backlog()).isGreaterThanOrEqualTo(1);
            Thread.sleep(3000);
            assertThat(received(user)).isZero();
            String lastError = jdbc.sql("select last_error from outbox_event where event_key = :k")
                    .param("k", user).query(String.class).optional().orElse(null);
            assertThat(relay.backlog()).as("still pending, last error: %s", lastError).isGreaterThanOrEqualTo(1);
        } finally {
            // A producer can block until the broker is back, so restart it from another thread.
            CompletableFuture.runAsync(kafkaServer::restartBroker).get(120, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> received(user) == 1);
        assertThat(relay.backlog()).isZero();

        // Redeliver the very same event, as Kafka may after a consumer crash: it must be ignored.
        int before = listener.deliveries();
        kafka.send("aifashion.identity.user-deleted.v1", user, envelope).get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.deliveries() > before);
        assertThat(received(user)).isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String user = "rollback-" + UUID.randomUUID();
        try {
            transactions.executeWithoutResult(s -> {
                deletion.delete(user);
                throw new IllegalStateException("business rule failed");
            });
        } catch (IllegalStateException expected) {
            // the whole unit of work is undone, the event with it
        }
        long written = jdbc.sql("select count(*) from outbox_event where event_key = :k").param("k", user)
                .query(Long.class).single();
        assertThat(written).isZero();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txm;

    org.springframework.transaction.support.TransactionTemplate transactions;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        transactions = new org.springframework.transaction.support.TransactionTemplate(txm);
    }
}
