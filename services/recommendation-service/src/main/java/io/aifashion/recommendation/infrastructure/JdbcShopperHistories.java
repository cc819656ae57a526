package io.aifashion.recommendation.infrastructure;

import io.aifashion.recommendation.domain.interaction.ItemState;
import io.aifashion.recommendation.domain.interaction.ShopperHistories;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-(user, product) read model derived from the interaction log. */
@Repository
public class JdbcShopperHistories implements ShopperHistories {

    private static final String UPSERT = """
            insert into user_item (user_id, product_id, weight, purchased, disliked, events, first_at, last_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (user_id, product_id) do update set weight = excluded.weight, purchased = excluded.purchased,
                disliked = excluded.disliked, events = excluded.events, first_at = excluded.first_at,
                last_at = excluded.last_at
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JdbcTemplate streaming;

    public JdbcShopperHistories(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(JdbcInteractionLog.FETCH_SIZE);
    }

    @Override
    public void lockUser(String userId) {
        // A transaction-scoped advisory lock on the user: released at commit or rollback.
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:u, 7077))) l")
                .param("u", userId).query(Long.class).single();
    }

    @Override
    public Optional<ItemState> state(String userId, String productId) {
        return jdbc.sql("select * from user_item where user_id = :u and product_id = :p")
                .param("u", userId).param("p", productId).query(JdbcShopperHistories::map).optional();
    }

    @Override
    public void save(ItemState s) {
        template.update(UPSERT, ps -> bind(ps, s));
    }

    @Override
    public void saveAll(Collection<ItemState> states) {
        List<ItemState> list = new ArrayList<>(states);
        template.batchUpdate(UPSERT, list, 1000, JdbcShopperHistories::bind);
    }

    private static void bind(PreparedStatement ps, ItemState s) throws SQLException {
        ps.setString(1, s.userId());
        ps.setString(2, s.productId());
        ps.setDouble(3, s.weight());
        ps.setBoolean(4, s.purchased());
        ps.setBoolean(5, s.disliked());
        ps.setInt(6, s.events());
        ps.setTimestamp(7, Timestamp.from(s.firstAt()));
        ps.setTimestamp(8, Timestamp.from(s.lastAt()));
    }

    @Override
    public List<ItemState> ofUser(String userId) {
        return jdbc.sql("select * from user_item where user_id = :u").param("u", userId)
                .query(JdbcShopperHistories::map).list();
    }

    @Override
    public void forEach(Consumer<ItemState> sink) {
        streaming.query("select * from user_item", (RowCallbackHandler) rs -> sink.accept(map(rs, 0)));
    }

    @Override
    public void truncate() {
        // TRUNCATE takes an ACCESS EXCLUSIVE lock held to the end of the rebuild's transaction.
        jdbc.sql("truncate user_item").update();
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from user_item where user_id = :u").param("u", userId).update();
    }

    static ItemState map(ResultSet rs, int row) throws SQLException {
        return new ItemState(rs.getString("user_id"), rs.getString("product_id"), rs.getDouble("weight"),
                rs.getBoolean("purchased"), rs.getBoolean("disliked"), rs.getInt("events"),
                rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant());
    }
}
