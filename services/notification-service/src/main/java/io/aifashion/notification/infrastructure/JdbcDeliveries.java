package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.DeadLetter;
import io.aifashion.notification.domain.Deliveries;
import io.aifashion.notification.domain.DeliveryRecord;
import io.aifashion.notification.domain.DeliveryState;
import io.aifashion.notification.domain.DueDelivery;
import io.aifashion.notification.domain.Notification;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.PlannedDelivery;
import io.aifashion.notification.domain.SecretLink;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery log and queue in PostgreSQL. Due deliveries are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so dispatchers in several instances never attempt one delivery at
 * the same time and never wait for each other.
 */
@Repository
public class JdbcDeliveries implements Deliveries {

    private static final String OPEN = "('pending', 'failed')";
    private static final String LOG_COLUMNS = """
            d.id, d.notification_id, n.kind, d.channel, d.target, d.address, d.state, d.attempts, d.detail,
            d.last_error,
            d.created_at, d.updated_at, d.sent_at
            """;

    private final JdbcClient jdbc;
    private final JdbcNotifications notifications;

    public JdbcDeliveries(JdbcClient jdbc, JdbcNotifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    @Override
    public void add(Notification notification, List<PlannedDelivery> plan, SecretLink link, Instant now) {
        for (PlannedDelivery p : plan) {
            boolean carriesLink = link != null && p.channel() == Channel.EMAIL && p.state() == DeliveryState.PENDING;
            jdbc.sql("""
                    insert into delivery (id, notification_id, user_id, channel, target, address, state,
                                          attempts, next_attempt_at, detail, secret_url, secret_expires_at,
                                          created_at, updated_at)
                    values (:id, :notification, :user, :channel, :target, :address, :state, 0,
                            :now, :detail, :secret, :secretExpires, :now, :now)
                    on conflict (notification_id, channel, target) do nothing
                    """)
                    .param("id", UUID.randomUUID()).param("notification", notification.id())
                    .param("user", notification.userId()).param("channel", p.channel().wireName())
                    .param("target", p.target()).param("address", p.address()).param("state", p.state().wireName())
                    .param("now", Sql.ts(now)).param("detail", p.reason())
                    .param("secret", carriesLink ? link.url().toString() : null)
                    .param("secretExpires", carriesLink ? Sql.ts(link.expiresAt()) : null)
                    .update();
        }
    }

    @Override
    public Optional<DueDelivery> claimDue(Channel channel, Instant now) {
        return jdbc.sql("select d.id as delivery_id, d.channel, d.target, d.address, d.attempts, d.secret_url, "
                        + "d.secret_expires_at, " + qualified() + """
                         from delivery d join notification n on n.id = d.notification_id
                        where d.channel = :channel and d.state in """ + OPEN + """
                         and d.next_attempt_at <= :now
                        order by d.next_attempt_at, d.created_at
                        limit 1
                        for update of d skip locked
                        """)
                .param("channel", channel.wireName()).param("now", Sql.ts(now))
                .query(this::due).optional();
    }

    @Override
    public void record(UUID id, DeliveryState state, int attempts, Instant nextAttemptAt, String detail, String error,
                       Instant now) {
        jdbc.sql("""
                update delivery set
                    state = :state,
                    attempts = :attempts,
                    next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at),
                    detail = coalesce(cast(:detail as text), detail),
                    last_error = coalesce(cast(:error as text), last_error),
                    updated_at = :now,
                    sent_at = case when :state = 'sent' then :now else sent_at end,
                    secret_url = case when :terminal then null else secret_url end,
                    secret_expires_at = case when :terminal then null else secret_expires_at end
                where id = :id
                """)
                .param("state", state.wireName()).param("attempts", attempts).param("next", Sql.ts(nextAttemptAt))
                .param("detail", truncate(detail)).param("error", truncate(error)).param("now", Sql.ts(now))
                .param("terminal", state.terminal()).param("id", id)
                .update();
    }

    @Override
    public List<DeliveryRecord> forUser(String userId) {
        return jdbc.sql("select " + LOG_COLUMNS + """
                 from delivery d join notification n on n.id = d.notification_id
                where d.user_id = :user order by d.created_at, d.channel, d.target
                """).param("user", userId).query(this::log).list();
    }

    @Override
    public List<DeliveryRecord> forNotification(UUID notificationId) {
        return jdbc.sql("select " + LOG_COLUMNS + """
                 from delivery d join notification n on n.id = d.notification_id
                where d.notification_id = :notification order by d.channel, d.target
                """).param("notification", notificationId).query(this::log).list();
    }

    @Override
    public List<DeadLetter> claimUnannouncedDead(int limit) {
        return jdbc.sql("""
                select d.id, d.notification_id, n.source_event_id, d.user_id, n.kind, d.channel, d.attempts,
                       d.last_error, d.created_at, d.updated_at
                  from delivery d join notification n on n.id = d.notification_id
                 where d.state = 'dead' and d.dead_announced_at is null
                 order by d.updated_at
                 limit :limit
                 for update of d skip locked
                """).param("limit", limit)
                .query((rs, i) -> new DeadLetter(rs.getObject("id", UUID.class),
                        rs.getObject("notification_id", UUID.class), rs.getObject("source_event_id", UUID.class),
                        rs.getString("user_id"), kind(rs.getString("kind")), channel(rs.getString("channel")),
                        rs.getInt("attempts"), rs.getString("last_error"), Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "updated_at")))
                .list();
    }

    @Override
    public void markAnnounced(List<UUID> deliveryIds, Instant at) {
        jdbc.sql("update delivery set dead_announced_at = :at where id in (:ids)")
                .param("at", Sql.ts(at)).param("ids", deliveryIds).update();
    }

    @Override
    public Map<Channel, Long> backlog() {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            counts.put(c, 0L);
        }
        jdbc.sql("select channel, count(*) as n from delivery where state in " + OPEN + " group by channel")
                .query((rs, i) -> Map.entry(channel(rs.getString("channel")), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from delivery where user_id = :user").param("user", userId).update();
    }

    private static String qualified() {
        return "n.id, n.user_id, n.source_event_id, n.kind, n.title, n.body, n.data::text as data, n.created_at, "
                + "n.read_at";
    }

    private DueDelivery due(ResultSet rs, int row) throws SQLException {
        Notification notification = notifications.map(rs, row);
        String secret = rs.getString("secret_url");
        SecretLink link = secret == null ? null
                : new SecretLink(URI.create(secret), Sql.instant(rs, "secret_expires_at"));
        return new DueDelivery(rs.getObject("delivery_id", UUID.class), notification, channel(rs.getString("channel")),
                rs.getString("target"), rs.getString("address"), rs.getInt("attempts"), link);
    }

    private DeliveryRecord log(ResultSet rs, int row) throws SQLException {
        return new DeliveryRecord(rs.getObject("id", UUID.class), rs.getObject("notification_id", UUID.class),
                rs.getString("kind"), channel(rs.getString("channel")), rs.getString("target"),
                rs.getString("address"), DeliveryState.fromWire(rs.getString("state")), rs.getInt("attempts"),
                rs.getString("detail"), rs.getString("last_error"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), Sql.instant(rs, "sent_at"));
    }

    private static Channel channel(String name) {
        return Channel.fromWire(name).orElseThrow(() -> new IllegalStateException("unknown channel " + name));
    }

    private static NotificationKind kind(String name) {
        return NotificationKind.fromWire(name).orElseThrow(() -> new IllegalStateException("unknown kind " + name));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
