package io.aifashion.colormatching.infrastructure;

import io.aifashion.color.season.Season;
import io.aifashion.colormatching.domain.PersonalPalette;
import io.aifashion.colormatching.domain.PersonalPaletteRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Personal palettes in PostgreSQL, the palette as a JSONB document. */
@Repository
public class JdbcPersonalPaletteRepository implements PersonalPaletteRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdbcPersonalPaletteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(PersonalPalette p) {
        jdbc.sql("""
                insert into personal_palette (id, user_id, analysis_id, season, confidence, palette, created_at)
                values (:id, :user, :analysis, :season, :confidence, cast(:palette as jsonb), :at)
                """)
                .param("id", p.id()).param("user", p.userId()).param("analysis", p.analysisId())
                .param("season", p.season().name()).param("confidence", p.confidence())
                .param("palette", json.writeValueAsString(new StoredPalette(p.explanation(), PaletteDocument.of(p.palette()))))
                .param("at", Timestamp.from(p.createdAt()))
                .update();
    }

    @Override
    public Optional<PersonalPalette> latest(String userId) {
        return jdbc.sql("select * from personal_palette where user_id = :u order by created_at desc limit 1")
                .param("u", userId).query(this::map).optional();
    }

    @Override
    public List<PersonalPalette> history(String userId) {
        return jdbc.sql("select * from personal_palette where user_id = :u order by created_at desc")
                .param("u", userId).query(this::map).list();
    }

    @Override
    public int deleteByUser(String userId) {
        return jdbc.sql("delete from personal_palette where user_id = :u").param("u", userId).update();
    }

    private PersonalPalette map(ResultSet rs, int row) throws SQLException {
        StoredPalette stored = json.readValue(rs.getString("palette"), StoredPalette.class);
        return new PersonalPalette(rs.getObject("id", UUID.class), rs.getString("user_id"),
                rs.getString("analysis_id"), Season.valueOf(rs.getString("season")), rs.getDouble("confidence"),
                stored.explanation(), stored.palette().toPalette(), rs.getTimestamp("created_at").toInstant());
    }

    /** What the JSONB column holds. */
    record StoredPalette(String explanation, PaletteDocument palette) {
    }
}
