package io.aifashion.peer;

import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventInbox;
import io.aifashion.kit.privacy.PersonalDataSection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A second service built on the service kit exactly as the real ones are, for the cross-service
 * privacy tests: it keeps personal data in its own database, serves it through the kit's
 * {@code /internal/privacy/export} (validating the auth service's tokens via its JWKS over HTTP),
 * and purges it on {@code UserDeleted} through the kit's idempotent inbox.
 */
@SpringBootApplication
public class PeerServiceApplication {

    public static final String NAME = "peer-service";

    @Bean
    PersonalDataSection savedItems(JdbcClient jdbc) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return "savedItems";
            }

            @Override
            public Object export(String userId) {
                List<String> items = jdbc.sql("select item from peer_item where user_id = :u order by id")
                        .param("u", userId).query(String.class).list();
                return Map.of("items", items);
            }
        };
    }

    /** Purges a deleted user's data, once per event. */
    @Component
    static class Purge {
        private final EventInbox inbox;
        private final JdbcClient jdbc;

        Purge(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = "aifashion.identity.user-deleted.v1")
        public void on(String message) {
            inbox.accept(NAME, message, UserDeleted.class, (envelope, event) ->
                    jdbc.sql("delete from peer_item where user_id = :u").param("u", event.userId()).update());
        }
    }
}
