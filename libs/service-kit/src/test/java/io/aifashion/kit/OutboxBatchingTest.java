package io.aifashion.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.events.OutboxRelay;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.testapp.KitTestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay sends a whole batch per round and marks it published together, yet each key's events
 * reach the consumer in the order they were written.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"aifashion.outbox.erase-deleted-users=false", "spring.application.name=kit-batch-test",
                "spring.flyway.locations=classpath:db/kit,classpath:db/kittest", "aifashion.outbox.batch-size=100"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class OutboxBatchingTest {

    @Autowired
    OutboxRelay relay;
    @Autowired
    EventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager txm;

    @Test
    void aRoundSendsAFullBatchAndEveryKeyKeepsItsOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = List.of("a-" + run, "b-" + run, "c-" + run);
        relay.stop(); // rounds are driven by the test from here on
        try {
            // 250 events over three keys, interleaved, written in one transaction.
            new TransactionTemplate(txm).executeWithoutResult(s -> {
                for (int i = 0; i < 250; i++) {
                    events.publish(new UserDeleted(keys.get(i % keys.size())));
                }
            });
            assertThat(relay.backlog()).isEqualTo(250);

            assertThat(relay.relayOnce()).isEqualTo(100);
            assertThat(relay.backlog()).isEqualTo(150);
            assertThat(relay.relayOnce()).isEqualTo(100);
            assertThat(relay.relayOnce()).isEqualTo(50);
            assertThat(relay.relayOnce()).isZero();
            assertThat(relay.backlog()).isZero();
        } finally {
            relay.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> received(keys) == 250);
        for (String key : keys) {
            // Arrival order of this key's events against the order they were written in.
            List<Long> writtenOrderByArrival = jdbc.sql("""
                    select o.seq from received_event r join outbox_event o on o.id = r.event_id
                    where r.user_id = :k order by r.arrival
                    """).param("k", key).query(Long.class).list();
            assertThat(writtenOrderByArrival).as("events of %s in arrival order", key).isSorted()
                    .hasSizeGreaterThan(80);
        }
    }

    int received(List<String> keys) {
        return jdbc.sql("select count(*) from received_event where user_id in (:keys)").param("keys", new ArrayList<>(keys))
                .query(Integer.class).single();
    }
}
