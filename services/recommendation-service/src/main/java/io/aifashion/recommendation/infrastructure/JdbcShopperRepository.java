package io.aifashion.recommendation.infrastructure;

import io.aifashion.recommendation.domain.shopper.Budget;
import io.aifashion.recommendation.domain.shopper.Gender;
import io.aifashion.recommendation.domain.shopper.ShopperRepository;
import io.aifashion.recommendation.domain.shopper.ShoppingPreferences;
import io.aifashion.recommendation.domain.shopper.Swatch;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Palettes and preferences of users, as other services announced them. */
@Repository
public class JdbcShopperRepository implements ShopperRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdbcShopperRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The JSONB document of a palette's colours by role. */
    record Colours(List<Swatch> wearable, List<Swatch> neutrals, List<Swatch> accents, List<Swatch> metals,
                   List<Swatch> avoid) {
    }

    @Override
    public void savePalette(UserPalette p) {
        jdbc.sql("""
                insert into user_palette (user_id, analysis_id, season, confidence, colours, event_id, received_at)
                values (:user, :analysis, :season, :confidence, cast(:colours as jsonb), cast(:event as uuid), :at)
                on conflict (user_id) do update set analysis_id = excluded.analysis_id, season = excluded.season,
                    confidence = excluded.confidence, colours = excluded.colours, event_id = excluded.event_id,
                    received_at = excluded.received_at
                """)
                .param("user", p.userId()).param("analysis", p.analysisId()).param("season", p.season())
                .param("confidence", p.confidence())
                .param("colours", json.writeValueAsString(new Colours(p.wearable(), p.neutrals(), p.accents(),
                        p.metals(), p.avoid())))
                .param("event", p.version()).param("at", Timestamp.from(p.receivedAt()))
                .update();
    }

    @Override
    public Optional<UserPalette> palette(String userId) {
        return jdbc.sql("select * from user_palette where user_id = :u").param("u", userId).query(this::mapPalette)
                .optional();
    }

    private UserPalette mapPalette(ResultSet rs, int row) throws SQLException {
        Colours c = json.readValue(rs.getString("colours"), Colours.class);
        return new UserPalette(rs.getString("user_id"), rs.getString("analysis_id"), rs.getString("season"),
                rs.getDouble("confidence"), c.wearable(), c.neutrals(), c.accents(), c.metals(), c.avoid(),
                rs.getString("event_id"), rs.getTimestamp("received_at").toInstant());
    }

    @Override
    public void savePreferences(ShoppingPreferences p) {
        Optional<Budget> b = p.budget();
        jdbc.sql("""
                insert into user_preferences (user_id, gender, sizes, budget_min, budget_max, currency,
                    favourite_colors, disliked_colors, style_tags, event_id, updated_at)
                values (:user, :gender, :sizes, :min, :max, :currency, :fav, :dis, :tags, cast(:event as uuid), :at)
                on conflict (user_id) do update set gender = excluded.gender, sizes = excluded.sizes,
                    budget_min = excluded.budget_min, budget_max = excluded.budget_max, currency = excluded.currency,
                    favourite_colors = excluded.favourite_colors, disliked_colors = excluded.disliked_colors,
                    style_tags = excluded.style_tags, event_id = excluded.event_id, updated_at = excluded.updated_at
                """)
                .param("user", p.userId()).param("gender", p.gender().map(Gender::label).orElse(null))
                .param("sizes", p.sizes().toArray(String[]::new))
                .param("min", b.map(Budget::min).orElse(null)).param("max", b.map(Budget::max).orElse(null))
                .param("currency", b.map(Budget::currency).orElse(null))
                .param("fav", p.favouriteColours().toArray(String[]::new))
                .param("dis", p.dislikedColours().toArray(String[]::new))
                .param("tags", p.styleTags().toArray(String[]::new))
                .param("event", p.version()).param("at", Timestamp.from(p.updatedAt()))
                .update();
    }

    @Override
    public Optional<ShoppingPreferences> preferences(String userId) {
        return jdbc.sql("select * from user_preferences where user_id = :u").param("u", userId)
                .query(JdbcShopperRepository::mapPreferences).optional();
    }

    private static ShoppingPreferences mapPreferences(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        var min = rs.getBigDecimal("budget_min");
        var max = rs.getBigDecimal("budget_max");
        Optional<Budget> budget = currency == null || (min == null && max == null) ? Optional.empty()
                : Optional.of(new Budget(min, max, currency));
        return new ShoppingPreferences(rs.getString("user_id"), Gender.parse(rs.getString("gender")),
                JdbcCatalogueRepository.strings(rs.getArray("sizes")), budget,
                JdbcCatalogueRepository.strings(rs.getArray("favourite_colors")),
                JdbcCatalogueRepository.strings(rs.getArray("disliked_colors")),
                JdbcCatalogueRepository.strings(rs.getArray("style_tags")), rs.getString("event_id"),
                rs.getTimestamp("updated_at").toInstant());
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from user_palette where user_id = :u").param("u", userId).update()
                + jdbc.sql("delete from user_preferences where user_id = :u").param("u", userId).update();
    }
}
