package io.aifashion.kit;

import static org.awaitility.Awaitility.await;

import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.testapp.KitTestApplication;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service forgets a deleted user's outbox events once it consumes {@code UserDeleted}
 * (the kit's {@code UserEventErasure}, on by default). The context is closed afterwards so its
 * erasure listener does not reach into other test classes' events (they use UserDeleted too).
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.application.name=kit-erasure-test",
                "spring.flyway.locations=classpath:db/kit,classpath:db/kittest"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UserEventErasureTest {

    @Autowired
    KitTestApplication.AccountDeletion deletion;
    @Autowired
    JdbcClient jdbc;

    long rowsNaming(String user) {
        return jdbc.sql("select count(*) from outbox_event where event_key = :k or strpos(envelope, :k) > 0")
                .param("k", user).query(Long.class).single();
    }

    @Test
    void aDeletedUsersEventsLeaveTheOutboxOnceUserDeletedIsConsumed() {
        String user = "erased-" + UUID.randomUUID();
        String bystander = "kept-" + UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (id, event_type, topic, event_key, envelope, created_at, published_at)
                values (:id, 'SkinToneAnalyzed', 'aifashion.imaging.skin-tone-analyzed.v1', :k, :env, now(), now())
                """).param("id", UUID.randomUUID()).param("k", bystander)
                .param("env", "{\"payload\": {\"userId\": \"" + bystander + "\"}}").update();
        deletion.delete(user);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> rowsNaming(user) == 0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> rowsNaming(bystander) == 1);
    }
}
