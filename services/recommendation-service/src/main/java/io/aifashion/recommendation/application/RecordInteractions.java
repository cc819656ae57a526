package io.aifashion.recommendation.application;

import io.aifashion.events.payload.InteractionRecorded;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.recommendation.domain.catalogue.CatalogueRepository;
import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentRepository;
import io.aifashion.recommendation.domain.interaction.Interaction;
import io.aifashion.recommendation.domain.interaction.InteractionKind;
import io.aifashion.recommendation.domain.interaction.InteractionLog;
import io.aifashion.recommendation.domain.interaction.ItemState;
import io.aifashion.recommendation.domain.interaction.ShopperHistories;
import io.aifashion.recommender.data.EventWeights;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/v1/interactions}: appends to the interaction log. In one transaction, per
 * interaction: the log row, the folded per-(user, product) read model, the experiment attribution
 * (and a conversion if it engages with a product the user was shown under the running experiment),
 * and the {@code InteractionRecorded} event in the outbox — so the log, what was derived from it
 * and what was announced can never disagree. The user's cached lists are evicted once it commits.
 *
 * <p>Every interaction may carry a client-chosen id; sending the same id again is recognised and
 * changes nothing, so a client can safely retry a batch.
 */
@Service
public class RecordInteractions {

    /** A client clock may run a little ahead. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** Older interactions are refused: they would rewrite history the models were trained on long ago. */
    static final Duration MAX_AGE = Duration.ofDays(30);
    public static final int MAX_BATCH = 100;

    private final InteractionLog log;
    private final ShopperHistories histories;
    private final CatalogueRepository catalogue;
    private final ExperimentRepository experiments;
    private final EventPublisher events;
    private final RecommendationCache cache;
    private final Clock clock;
    private final EventWeights weights = EventWeights.defaults();

    public RecordInteractions(InteractionLog log, ShopperHistories histories, CatalogueRepository catalogue,
                              ExperimentRepository experiments, EventPublisher events, RecommendationCache cache,
                              Clock clock) {
        this.log = log;
        this.histories = histories;
        this.catalogue = catalogue;
        this.experiments = experiments;
        this.events = events;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * One interaction as the caller sent it.
     *
     * @param field      where it sits in the request ({@code interactions[3]}, or empty for a single one), for errors
     * @param id         client-chosen idempotency key, or null for a new one
     * @param occurredAt null for now
     */
    public record NewInteraction(String field, UUID id, String productId, InteractionKind kind, Instant occurredAt) {
    }

    /** @param duplicate true if the id was already in the log (nothing was changed) */
    public record Recorded(Interaction interaction, boolean duplicate) {
    }

    /** The ids that are not products in the catalogue (to report them with other request errors). */
    @Transactional(readOnly = true)
    public Set<String> unknownProducts(java.util.Collection<String> productIds) {
        Set<String> unknown = new java.util.HashSet<>(productIds);
        unknown.removeAll(catalogue.existing(productIds));
        return unknown;
    }

    /**
     * @throws ApiProblem 400 naming every invalid field (and nothing is recorded)
     */
    @Transactional
    public List<Recorded> record(String userId, List<NewInteraction> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw ApiProblem.badRequest("interactions", "send 1–" + MAX_BATCH + " interactions, got " + batch.size());
        }
        Instant now = clock.instant();
        Set<String> known = catalogue.existing(batch.stream().map(NewInteraction::productId)
                .collect(Collectors.toSet()));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (NewInteraction n : batch) {
            if (!known.contains(n.productId())) {
                errors.add(error(n.field(), "productId", "no product '" + n.productId() + "' in the catalogue"));
            }
            if (n.occurredAt() != null && n.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
                errors.add(error(n.field(), "occurredAt", "lies in the future"));
            } else if (n.occurredAt() != null && n.occurredAt().isBefore(now.minus(MAX_AGE))) {
                errors.add(error(n.field(), "occurredAt", "is more than " + MAX_AGE.toDays() + " days old"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        histories.lockUser(userId);
        Optional<Experiment> running = experiments.running();
        List<Recorded> out = new ArrayList<>(batch.size());
        for (NewInteraction n : batch) {
            Interaction interaction = new Interaction(n.id() == null ? UUID.randomUUID() : n.id(), userId,
                    n.productId(), n.kind(), n.occurredAt() == null ? now : n.occurredAt(), null, null);
            if (running.isPresent()) {
                UUID experimentId = running.get().id();
                Optional<String> variant = experiments.exposedVariant(experimentId, userId, n.productId());
                if (variant.isPresent()) {
                    interaction = interaction.attributedTo(experimentId, variant.get());
                }
            }
            if (!log.append(interaction)) {
                out.add(new Recorded(interaction, true));
                continue;
            }
            fold(interaction);
            if (interaction.experimentId() != null && interaction.kind().countsAsConversion()) {
                experiments.recordConversion(interaction.experimentId(), interaction.id(), userId,
                        interaction.productId(), interaction.variant(), interaction.kind().label(),
                        interaction.occurredAt());
            }
            events.publish(new InteractionRecorded(interaction.id().toString(), userId, interaction.productId(),
                    interaction.kind().label(), interaction.occurredAt(),
                    interaction.experimentId() == null ? null : interaction.experimentId().toString(),
                    interaction.variant()));
            out.add(new Recorded(interaction, false));
        }
        if (out.stream().anyMatch(r -> !r.duplicate())) {
            cache.evictAfterCommit(userId);
        }
        return out;
    }

    private void fold(Interaction interaction) {
        ItemState next = histories.state(interaction.userId(), interaction.productId())
                .map(s -> s.fold(interaction, weights))
                .orElseGet(() -> ItemState.first(interaction, weights));
        histories.save(next);
    }

    private static Map<String, Object> error(String prefix, String field, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("field", prefix.isEmpty() ? field : prefix + "." + field);
        e.put("message", message);
        return e;
    }

    static ApiProblem invalid(List<Map<String, Object>> errors) {
        String detail = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .collect(Collectors.joining("; "));
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation-error", "Invalid request", detail,
                Map.of("errors", List.copyOf(errors)));
    }
}
