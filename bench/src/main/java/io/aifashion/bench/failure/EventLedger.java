package io.aifashion.bench.failure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts events produced and consumed since an instant, straight from the services' databases
 * (read-only queries): every producer's {@code outbox_event} rows (produced, published) and, for
 * each consumer that applies the type through the service kit's inbox, how many of those event ids
 * are in its {@code processed_event} table. Equal counts mean no event was lost.
 */
final class EventLedger {

    /** Producer database of each event type and the databases whose inbox applies it (docs/events.md, listeners). */
    private static final Map<String, List<String>> CONSUMERS = Map.of(
            "SkinToneAnalyzed", List.of("colormatching", "notification"),
            "PaletteGenerated", List.of("recommendation", "notification"),
            "RecommendationsRefreshed", List.of("notification"),
            "UserRegistered", List.of("notification"),
            "UserNotificationRequested", List.of("notification"));
    private static final List<String> PRODUCERS = List.of("identity", "imaging", "colormatching", "catalog", "recommendation");

    private final int port;

    EventLedger(int port) {
        this.port = port;
    }

    /** One line per event type: produced, published, and applied by each consumer. */
    record Row(String type, int produced, int published, Map<String, Integer> appliedBy) {
        boolean complete() {
            return published == produced && appliedBy.values().stream().allMatch(n -> n == produced);
        }
    }

    List<Row> since(Instant from) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (String db : PRODUCERS) {
            Map<String, List<UUID>> byType = new LinkedHashMap<>();
            Map<String, Integer> published = new LinkedHashMap<>();
            try (Connection c = connect(db);
                 PreparedStatement q = c.prepareStatement(
                         "select event_type, id, published_at is not null from outbox_event where created_at >= ? order by seq")) {
                q.setTimestamp(1, Timestamp.from(from));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        byType.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                        published.merge(rs.getString(1), rs.getBoolean(3) ? 1 : 0, Integer::sum);
                    }
                }
            }
            for (Map.Entry<String, List<UUID>> e : byType.entrySet()) {
                Map<String, Integer> applied = new LinkedHashMap<>();
                for (String consumer : CONSUMERS.getOrDefault(e.getKey(), List.of())) {
                    applied.put(consumer, applied(consumer, e.getValue()));
                }
                rows.add(new Row(e.getKey(), e.getValue().size(), published.get(e.getKey()), applied));
            }
        }
        return rows;
    }

    /**
     * Events not yet published, summed over every producer's outbox: the query behind the
     * services' {@code aifashion_outbox_backlog} gauge, asked of the databases directly because a
     * scrape of six services can time out on a saturated machine.
     */
    long backlog() throws SQLException {
        long total = 0;
        for (String db : PRODUCERS) {
            try (Connection c = connect(db);
                 ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox_event where published_at is null")) {
                rs.next();
                total += rs.getLong(1);
            }
        }
        return total;
    }

    private int applied(String db, List<UUID> ids) throws SQLException {
        try (Connection c = connect(db);
             PreparedStatement q = c.prepareStatement("select count(distinct event_id) from processed_event where event_id = any(?)")) {
            Array arr = c.createArrayOf("uuid", ids.toArray());
            q.setArray(1, arr);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, "postgres", "");
    }
}
