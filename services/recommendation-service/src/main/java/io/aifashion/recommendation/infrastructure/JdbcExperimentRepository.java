package io.aifashion.recommendation.infrastructure;

import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentAlreadyRunningException;
import io.aifashion.recommendation.domain.experiment.ExperimentRepository;
import io.aifashion.recommendation.domain.experiment.ExperimentStatus;
import io.aifashion.recommendation.domain.experiment.Variant;
import io.aifashion.recommendation.domain.experiment.VariantCounts;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Experiments, variants, exposures and conversions in PostgreSQL. */
@Repository
public class JdbcExperimentRepository implements ExperimentRepository {

    private final JdbcClient jdbc;

    public JdbcExperimentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(Experiment e) {
        try {
            jdbc.sql("""
                    insert into experiment (id, name, description, status, created_by, created_at, stopped_at)
                    values (:id, :name, :description, :status, :by, :at, null)
                    """)
                    .param("id", e.id()).param("name", e.name()).param("description", e.description())
                    .param("status", e.status().label()).param("by", e.createdBy())
                    .param("at", Timestamp.from(e.createdAt())).update();
        } catch (DuplicateKeyException ex) {
            throw new ExperimentAlreadyRunningException("another experiment is running; stop it first");
        }
        int position = 0;
        for (Variant v : e.variants()) {
            jdbc.sql("""
                    insert into experiment_variant (experiment_id, position, name, algorithm, diversity, traffic_percent)
                    values (:id, :position, :name, :algorithm, :diversity, :traffic)
                    """)
                    .param("id", e.id()).param("position", position++).param("name", v.name())
                    .param("algorithm", v.algorithm().label()).param("diversity", v.diversity())
                    .param("traffic", v.trafficPercent()).update();
        }
    }

    @Override
    public void update(Experiment e) {
        jdbc.sql("update experiment set status = :status, stopped_at = :stopped where id = :id")
                .param("status", e.status().label())
                .param("stopped", e.stoppedAt() == null ? null : Timestamp.from(e.stoppedAt()))
                .param("id", e.id()).update();
    }

    @Override
    public Optional<Experiment> find(UUID id) {
        return jdbc.sql("select * from experiment where id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public List<Experiment> all() {
        return jdbc.sql("select * from experiment order by created_at desc").query(this::map).list();
    }

    @Override
    public Optional<Experiment> running() {
        return jdbc.sql("select * from experiment where status = 'running'").query(this::map).optional();
    }

    private Experiment map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Variant> variants = jdbc.sql("select * from experiment_variant where experiment_id = :id order by position")
                .param("id", id)
                .query((v, i) -> new Variant(v.getString("name"), new RankingVariant(
                        Algorithm.parse(v.getString("algorithm")).orElseThrow(), v.getDouble("diversity")),
                        v.getInt("traffic_percent")))
                .list();
        Timestamp stopped = rs.getTimestamp("stopped_at");
        return new Experiment(id, rs.getString("name"), rs.getString("description"),
                ExperimentStatus.parse(rs.getString("status")), variants, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), stopped == null ? null : stopped.toInstant());
    }

    @Override
    @Transactional
    public void recordExposure(UUID experimentId, String userId, String variant, Collection<String> productIds,
                               Instant at) {
        jdbc.sql("""
                insert into experiment_exposure (experiment_id, user_id, variant, first_at, last_at)
                values (:e, :u, :v, :at, :at)
                on conflict (experiment_id, user_id) do update set last_at = excluded.last_at
                """).param("e", experimentId).param("u", userId).param("v", variant)
                .param("at", Timestamp.from(at)).update();
        if (!productIds.isEmpty()) {
            jdbc.sql("""
                    insert into experiment_exposed_item (experiment_id, user_id, product_id, first_at)
                    select :e, :u, p, :at from unnest(:products) as p
                    on conflict do nothing
                    """).param("e", experimentId).param("u", userId)
                    .param("products", new ArrayList<>(productIds).toArray(String[]::new))
                    .param("at", Timestamp.from(at)).update();
        }
    }

    @Override
    public Optional<String> exposedVariant(UUID experimentId, String userId, String productId) {
        return jdbc.sql("""
                select x.variant from experiment_exposure x
                join experiment_exposed_item i on i.experiment_id = x.experiment_id and i.user_id = x.user_id
                where x.experiment_id = :e and x.user_id = :u and i.product_id = :p
                """).param("e", experimentId).param("u", userId).param("p", productId)
                .query(String.class).optional();
    }

    @Override
    public void recordConversion(UUID experimentId, UUID interactionId, String userId, String productId,
                                 String variant, String kind, Instant at) {
        jdbc.sql("""
                insert into experiment_conversion (experiment_id, interaction_id, user_id, product_id, variant, kind,
                    occurred_at)
                values (:e, :i, :u, :p, :v, :k, :at)
                on conflict do nothing
                """).param("e", experimentId).param("i", interactionId).param("u", userId).param("p", productId)
                .param("v", variant).param("k", kind).param("at", Timestamp.from(at)).update();
    }

    @Override
    public List<VariantCounts> counts(UUID experimentId) {
        return jdbc.sql("""
                select x.variant,
                       count(*) as exposed,
                       count(*) filter (where exists (select 1 from experiment_conversion c where c.experiment_id = x.experiment_id
                           and c.user_id = x.user_id and c.variant = x.variant and c.kind = 'click')) as clicked,
                       count(*) filter (where exists (select 1 from experiment_conversion c where c.experiment_id = x.experiment_id
                           and c.user_id = x.user_id and c.variant = x.variant and c.kind = 'add-to-cart')) as carted,
                       count(*) filter (where exists (select 1 from experiment_conversion c where c.experiment_id = x.experiment_id
                           and c.user_id = x.user_id and c.variant = x.variant and c.kind = 'purchase')) as purchased
                from experiment_exposure x
                where x.experiment_id = :e
                group by x.variant
                """).param("e", experimentId)
                .query((rs, i) -> new VariantCounts(rs.getString("variant"), rs.getLong("exposed"),
                        rs.getLong("clicked"), rs.getLong("carted"), rs.getLong("purchased")))
                .list();
    }

    @Override
    public int deleteUser(String userId) {
        int n = 0;
        for (String table : List.of("experiment_conversion", "experiment_exposed_item", "experiment_exposure")) {
            n += jdbc.sql("delete from " + table + " where user_id = :u").param("u", userId).update();
        }
        return n;
    }
}
