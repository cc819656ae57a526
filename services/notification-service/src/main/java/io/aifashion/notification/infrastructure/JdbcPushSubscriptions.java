package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.PushKeys;
import io.aifashion.notification.domain.PushSubscription;
import io.aifashion.notification.domain.PushSubscriptions;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Push subscriptions in PostgreSQL, unique by endpoint. */
@Repository
public class JdbcPushSubscriptions implements PushSubscriptions {

    private static final String COLUMNS = "id, user_id, endpoint, p256dh, auth, created_at";

    private final JdbcClient jdbc;

    public JdbcPushSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PushSubscription save(String userId, URI endpoint, PushKeys keys, Instant now) {
        return jdbc.sql("""
                insert into push_subscription (id, user_id, endpoint, p256dh, auth, created_at, updated_at)
                values (:id, :user, :endpoint, :p256dh, :auth, :now, :now)
                on conflict (endpoint) do update set user_id = excluded.user_id, p256dh = excluded.p256dh,
                    auth = excluded.auth, updated_at = excluded.updated_at
                returning """ + " " + COLUMNS)
                .param("id", UUID.randomUUID()).param("user", userId).param("endpoint", endpoint.toString())
                .param("p256dh", keys.p256dh()).param("auth", keys.auth()).param("now", Sql.ts(now))
                .query(this::map).single();
    }

    @Override
    public List<PushSubscription> forUser(String userId) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where user_id = :user order by created_at, id")
                .param("user", userId).query(this::map).list();
    }

    @Override
    public Optional<PushSubscription> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where id = :id").param("id", id)
                .query(this::map).optional();
    }

    @Override
    public boolean delete(String userId, UUID id) {
        return jdbc.sql("delete from push_subscription where user_id = :user and id = :id")
                .param("user", userId).param("id", id).update() == 1;
    }

    @Override
    public void forget(UUID id) {
        jdbc.sql("delete from push_subscription where id = :id").param("id", id).update();
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from push_subscription where user_id = :user").param("user", userId).update();
    }

    private PushSubscription map(ResultSet rs, int row) throws SQLException {
        return new PushSubscription(rs.getObject("id", UUID.class), rs.getString("user_id"),
                URI.create(rs.getString("endpoint")), new PushKeys(rs.getBytes("p256dh"), rs.getBytes("auth")),
                Sql.instant(rs, "created_at"));
    }
}
