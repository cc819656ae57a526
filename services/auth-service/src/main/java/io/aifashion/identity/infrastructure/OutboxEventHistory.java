package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.EventHistory;
import io.aifashion.identity.domain.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service kit's outbox as this service's event history. Events are keyed by user id
 * ({@code event_key}), which is what makes a user's events findable for erasure.
 */
@Repository
public class OutboxEventHistory implements EventHistory {

    private final JdbcClient jdbc;

    public OutboxEventHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int forget(UserId userId) {
        return jdbc.sql("delete from outbox_event where event_key = :k").param("k", userId.toString()).update();
    }

    @Override
    public int forgetDeliveredDeletions() {
        return jdbc.sql("delete from outbox_event where event_type = 'UserDeleted' and published_at is not null")
                .update();
    }
}
