package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.Budget;
import io.aifashion.identity.domain.ClothingSize;
import io.aifashion.identity.domain.Colour;
import io.aifashion.identity.domain.Consent;
import io.aifashion.identity.domain.Gender;
import io.aifashion.identity.domain.Preferences;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.domain.StyleTag;
import io.aifashion.identity.domain.UserId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Profiles in PostgreSQL, list-valued preferences as {@code text[]}. */
@Repository
public class JdbcProfileRepository implements ProfileRepository {

    private final JdbcClient jdbc;

    public JdbcProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Profile> find(UserId id) {
        return jdbc.sql("select * from profile where account_id = :id").param("id", id.value())
                .query((rs, n) -> map(id, rs)).optional();
    }

    @Override
    public void save(Profile p) {
        Preferences prefs = p.preferences();
        Budget b = prefs.budget();
        jdbc.sql("""
                insert into profile (account_id, gender, sizes, budget_min, budget_max, budget_currency,
                                     favourite_colors, disliked_colors, style_tags, consent_store_photos,
                                     consent_emails, consent_push, updated_at)
                values (:id, :gender, :sizes, :min, :max, :currency, :fav, :dis, :tags, :photos, :emails, :push,
                        :updated)
                on conflict (account_id) do update set
                    gender = excluded.gender, sizes = excluded.sizes, budget_min = excluded.budget_min,
                    budget_max = excluded.budget_max, budget_currency = excluded.budget_currency,
                    favourite_colors = excluded.favourite_colors, disliked_colors = excluded.disliked_colors,
                    style_tags = excluded.style_tags, consent_store_photos = excluded.consent_store_photos,
                    consent_emails = excluded.consent_emails, consent_push = excluded.consent_push,
                    updated_at = excluded.updated_at
                """)
                .param("id", p.userId().value())
                .param("gender", prefs.gender() == null ? null : prefs.gender().wire())
                .param("sizes", prefs.sizes().stream().map(ClothingSize::wire).toArray(String[]::new))
                .param("min", b == null ? null : b.min())
                .param("max", b == null ? null : b.max())
                .param("currency", b == null ? null : b.currency())
                .param("fav", prefs.favouriteColors().stream().map(Colour::value).toArray(String[]::new))
                .param("dis", prefs.dislikedColors().stream().map(Colour::value).toArray(String[]::new))
                .param("tags", prefs.styleTags().stream().map(StyleTag::value).toArray(String[]::new))
                .param("photos", p.consent().storePhotos())
                .param("emails", p.consent().emails())
                .param("push", p.consent().push())
                .param("updated", Timestamps.of(p.updatedAt()))
                .update();
    }

    private static Profile map(UserId id, ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        Budget budget = null;
        if (rs.getString("budget_currency") != null) {
            budget = new Budget(rs.getBigDecimal("budget_min"), rs.getBigDecimal("budget_max"),
                    rs.getString("budget_currency"));
        }
        Preferences prefs = new Preferences(
                gender == null ? null : Gender.parse(gender, "gender"),
                list(rs, "sizes", s -> ClothingSize.parse(s, "sizes")),
                budget,
                list(rs, "favourite_colors", Colour::new),
                list(rs, "disliked_colors", Colour::new),
                list(rs, "style_tags", StyleTag::new));
        Consent consent = new Consent(rs.getBoolean("consent_store_photos"), rs.getBoolean("consent_emails"),
                rs.getBoolean("consent_push"));
        return new Profile(id, prefs, consent, Timestamps.read(rs, "updated_at"));
    }

    private static <T> List<T> list(ResultSet rs, String column, Function<String, T> read) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(read).toList();
    }
}
