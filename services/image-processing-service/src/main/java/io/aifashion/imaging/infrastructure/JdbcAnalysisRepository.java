package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.ContentKey;
import io.aifashion.imaging.domain.FaceResult;
import io.aifashion.imaging.domain.HistoryCursor;
import io.aifashion.imaging.domain.HistoryPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Analyses in PostgreSQL: the result as a JSONB document, with the columns queries need beside it. */
@Repository
public class JdbcAnalysisRepository implements AnalysisRepository {

    private final JdbcClient jdbc;
    private final ResultDocuments documents;

    public JdbcAnalysisRepository(JdbcClient jdbc, ResultDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public void save(Analysis a) {
        AnalysisResult r = a.result();
        FaceResult primary = r.completed() ? r.primaryFace().orElseThrow() : null;
        jdbc.sql("""
                insert into analysis (id, user_id, created_at, content_key, completed, monk_tone, season, retake_reason, result)
                values (:id, :user, :at, :key, :completed, :monk, :season, :retake, cast(:result as jsonb))
                """)
                .param("id", a.id())
                .param("user", a.userId())
                .param("at", Timestamp.from(a.createdAt()))
                .param("key", a.contentKey().hex())
                .param("completed", r.completed())
                .param("monk", primary == null ? null : primary.skin().monkTone())
                .param("season", primary == null ? null : primary.skin().season().id())
                .param("retake", r.retake() == null ? null : r.retake().code())
                .param("result", documents.write(r))
                .update();
    }

    @Override
    public Optional<Analysis> find(UUID id) {
        return jdbc.sql("select * from analysis where id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public HistoryPage history(String userId, HistoryCursor after, int limit) {
        List<Analysis> rows;
        if (after == null) {
            rows = jdbc.sql("""
                    select * from analysis where user_id = :user
                    order by created_at desc, id desc limit :n
                    """).param("user", userId).param("n", limit + 1).query(this::map).list();
        } else {
            rows = jdbc.sql("""
                    select * from analysis where user_id = :user and (created_at, id) < (:at, :id)
                    order by created_at desc, id desc limit :n
                    """).param("user", userId).param("at", Timestamp.from(after.createdAt())).param("id", after.id())
                    .param("n", limit + 1).query(this::map).list();
        }
        if (rows.size() <= limit) {
            return new HistoryPage(rows, null);
        }
        List<Analysis> page = rows.subList(0, limit);
        return new HistoryPage(page, HistoryCursor.after(page.get(limit - 1)));
    }

    @Override
    public List<Analysis> allOf(String userId) {
        return jdbc.sql("select * from analysis where user_id = :user order by created_at desc, id desc")
                .param("user", userId).query(this::map).list();
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.sql("delete from analysis where id = :id").param("id", id).update() > 0;
    }

    @Override
    public List<ContentKey> deleteByUser(String userId) {
        return jdbc.sql("delete from analysis where user_id = :user returning content_key")
                .param("user", userId).query((rs, i) -> new ContentKey(rs.getString(1))).list();
    }

    @Override
    public List<ContentKey> deleteAnonymousBefore(Instant cutoff) {
        return jdbc.sql("delete from analysis where user_id is null and created_at < :cutoff returning content_key")
                .param("cutoff", Timestamp.from(cutoff)).query((rs, i) -> new ContentKey(rs.getString(1))).list();
    }

    private Analysis map(ResultSet rs, int row) throws SQLException {
        return new Analysis(rs.getObject("id", UUID.class), rs.getString("user_id"),
                rs.getTimestamp("created_at").toInstant(), new ContentKey(rs.getString("content_key")),
                documents.read(rs.getString("result")));
    }
}
