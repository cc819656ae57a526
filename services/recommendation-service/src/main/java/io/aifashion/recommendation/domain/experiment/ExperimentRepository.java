package io.aifashion.recommendation.domain.experiment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Experiments, who was exposed to which variant and what they did with what they were shown. */
public interface ExperimentRepository {

    /**
     * Stores a new running experiment.
     *
     * @throws ExperimentAlreadyRunningException if another one is running
     */
    void create(Experiment experiment);

    void update(Experiment experiment);

    Optional<Experiment> find(UUID id);

    List<Experiment> all();

    Optional<Experiment> running();

    /** Records that the user was shown these products under the variant (idempotent). */
    void recordExposure(UUID experimentId, String userId, String variant, Collection<String> productIds, Instant at);

    /** The variant under which the user was shown this product, if they were. */
    Optional<String> exposedVariant(UUID experimentId, String userId, String productId);

    /** Records an engagement with an exposed product (idempotent per interaction). */
    void recordConversion(UUID experimentId, UUID interactionId, String userId, String productId, String variant,
                          String kind, Instant at);

    /** Per-variant user counts for the report. */
    List<VariantCounts> counts(UUID experimentId);

    int deleteUser(String userId);
}
