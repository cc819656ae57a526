package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.InboxCursor;
import io.aifashion.notification.domain.InboxPage;
import io.aifashion.notification.domain.Notification;
import io.aifashion.notification.domain.NotificationContent;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.Notifications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inbox in PostgreSQL; pages are keyset-paginated on (created_at, id), newest first. */
@Repository
public class JdbcNotifications implements Notifications {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    static final String COLUMNS = "id, user_id, source_event_id, kind, title, body, data::text as data, "
            + "created_at, read_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public JdbcNotifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean create(Notification n) {
        return jdbc.sql("""
                insert into notification (id, user_id, source_event_id, kind, title, body, data, created_at, read_at)
                values (:id, :user, :event, :kind, :title, :body, cast(:data as jsonb), :created, :read)
                on conflict (source_event_id) do nothing
                """)
                .param("id", n.id()).param("user", n.userId()).param("event", n.sourceEventId())
                .param("kind", n.kind().wireName()).param("title", n.content().title())
                .param("body", n.content().body()).param("data", json.writeValueAsString(n.content().data()))
                .param("created", Sql.ts(n.createdAt())).param("read", Sql.ts(n.readAt()))
                .update() == 1;
    }

    @Override
    public InboxPage page(String userId, int limit, InboxCursor cursor, boolean unreadOnly) {
        String sql = "select " + COLUMNS + " from notification where user_id = :user"
                + (unreadOnly ? " and read_at is null" : "")
                + (cursor == null ? "" : " and (created_at, id) < (:cursorAt, :cursorId)")
                + " order by created_at desc, id desc limit :limit";
        JdbcClient.StatementSpec q = jdbc.sql(sql).param("user", userId).param("limit", limit + 1);
        if (cursor != null) {
            q = q.param("cursorAt", Sql.ts(cursor.createdAt())).param("cursorId", cursor.id());
        }
        List<Notification> rows = q.query(this::map).list();
        boolean more = rows.size() > limit;
        List<Notification> items = more ? rows.subList(0, limit) : rows;
        InboxCursor next = more ? new InboxCursor(items.getLast().createdAt(), items.getLast().id()) : null;
        return new InboxPage(items, next, unreadCount(userId));
    }

    @Override
    public Optional<Notification> find(String userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification where user_id = :user and id = :id")
                .param("user", userId).param("id", id).query(this::map).optional();
    }

    @Override
    public Optional<Notification> markRead(String userId, UUID id, Instant at) {
        jdbc.sql("""
                update notification set read_at = greatest(created_at, :at)
                where user_id = :user and id = :id and read_at is null
                """).param("user", userId).param("id", id).param("at", Sql.ts(at)).update();
        return find(userId, id);
    }

    @Override
    public long unreadCount(String userId) {
        return jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    @Override
    public List<Notification> all(String userId) {
        return jdbc.sql("select " + COLUMNS + " from notification where user_id = :user order by created_at, id")
                .param("user", userId).query(this::map).list();
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from notification where user_id = :user").param("user", userId).update();
    }

    /** Maps a row holding the notification columns (as selected by {@link #COLUMNS}). */
    Notification map(ResultSet rs, int row) throws SQLException {
        String kindName = rs.getString("kind");
        NotificationKind kind = NotificationKind.fromWire(kindName)
                .orElseThrow(() -> new IllegalStateException("unknown kind in database: " + kindName));
        Map<String, Object> data = json.readValue(rs.getString("data"), DATA);
        return new Notification(rs.getObject("id", UUID.class), rs.getString("user_id"),
                rs.getObject("source_event_id", UUID.class), kind,
                new NotificationContent(rs.getString("title"), rs.getString("body"), data),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "read_at"));
    }
}
