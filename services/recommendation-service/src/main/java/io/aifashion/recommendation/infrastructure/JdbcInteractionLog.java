package io.aifashion.recommendation.infrastructure;

import io.aifashion.recommendation.domain.interaction.Interaction;
import io.aifashion.recommendation.domain.interaction.InteractionKind;
import io.aifashion.recommendation.domain.interaction.InteractionLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The interaction log: an append-only PostgreSQL table ordered by a sequence. */
@Repository
public class JdbcInteractionLog implements InteractionLog {

    /** Rows fetched per round trip while streaming the log (inside a transaction PostgreSQL uses a cursor). */
    static final int FETCH_SIZE = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    public JdbcInteractionLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    @Override
    public boolean append(Interaction i) {
        return jdbc.sql("""
                insert into interaction (id, user_id, product_id, kind, occurred_at, experiment_id, variant)
                values (:id, :user, :product, :kind, :at, :experiment, :variant)
                on conflict (id) do nothing
                """)
                .param("id", i.id()).param("user", i.userId()).param("product", i.productId())
                .param("kind", i.kind().label()).param("at", Timestamp.from(i.occurredAt()))
                .param("experiment", i.experimentId()).param("variant", i.variant())
                .update() == 1;
    }

    @Override
    public long replay(Consumer<Interaction> sink) {
        long[] count = {0};
        streaming.query("select * from interaction order by user_id, seq", (RowCallbackHandler) rs -> {
            sink.accept(map(rs, 0));
            count[0]++;
        });
        return count[0];
    }

    @Override
    public List<Interaction> ofUser(String userId) {
        return jdbc.sql("select * from interaction where user_id = :u order by seq").param("u", userId)
                .query(JdbcInteractionLog::map).list();
    }

    @Override
    public long head() {
        return jdbc.sql("select coalesce(max(seq), 0) from interaction").query(Long.class).single();
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from interaction where user_id = :u").param("u", userId).update();
    }

    static Interaction map(ResultSet rs, int row) throws SQLException {
        return new Interaction(rs.getObject("id", UUID.class), rs.getString("user_id"), rs.getString("product_id"),
                InteractionKind.parse(rs.getString("kind")).orElseThrow(),
                rs.getTimestamp("occurred_at").toInstant(), rs.getObject("experiment_id", UUID.class),
                rs.getString("variant"));
    }
}
