package io.aifashion.recommendation.application;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentRepository;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/v1/recommendations}: the caller's list, from the per-user cache when it is there,
 * else ranked now (and cached). Under a running experiment the user's exposure and the products shown
 * are recorded when the list is ranked; a cached list was recorded when it was ranked, and experiment
 * changes clear the cache, so a cache hit never needs to write.
 */
@Service
public class GetRecommendations {

    private final ModelRegistry registry;
    private final ShopperRanking ranking;
    private final RecommendationCache cache;
    private final ExperimentRepository experiments;
    private final RecommendationProperties properties;
    private final Clock clock;
    private final RecommendationMetrics metrics;

    public GetRecommendations(ModelRegistry registry, ShopperRanking ranking, RecommendationCache cache,
                              ExperimentRepository experiments, RecommendationProperties properties, Clock clock,
                              RecommendationMetrics metrics) {
        this.registry = registry;
        this.ranking = ranking;
        this.cache = cache;
        this.experiments = experiments;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * @param category null for every category
     * @throws ApiProblem 400 on a bad limit or an unknown category
     * @throws WarmingUpException before the first model bundle is ready
     */
    public Recommendations forUser(String userId, int limit, String category) {
        long started = System.nanoTime();
        RequestChecks.limit(limit, properties.serving().maxLimit());
        Optional<ModelBundle> current = RequestChecks.ready(registry);
        if (current.isEmpty()) {
            return Recommendations.empty(clock.instant());
        }
        ModelBundle bundle = current.get();
        if (category != null) {
            RequestChecks.category(bundle, category);
        }
        String query = limit + "|" + (category == null ? "" : category.strip().toLowerCase(java.util.Locale.ROOT));
        Optional<Recommendations> cached = cache.get(userId, query);
        if (cached.isPresent()) {
            Recommendations available = stillAvailable(cached.get(), bundle);
            metrics.servedFromCache(System.nanoTime() - started);
            return available;
        }
        Optional<Experiment> running = experiments.running();
        ShopperRanking.Outcome outcome = ranking.rank(bundle, userId, limit, category, Optional.empty(), running);
        Recommendations result = new Recommendations(outcome.ranked().stream().map(Recommendations.Item::of).toList(),
                outcome.modelVersion(), outcome.served().label(), outcome.arm().orElse(null), clock.instant());
        outcome.arm().ifPresent(arm -> experiments.recordExposure(arm.experimentId(), userId, arm.variant(),
                outcome.ranked().stream().map(r -> r.product().id()).toList(), clock.instant()));
        cache.put(userId, query, result);
        metrics.servedRanked(System.nanoTime() - started);
        return result;
    }

    /** A cached list may name a product that has since gone out of stock or left the catalogue: drop it. */
    private static Recommendations stillAvailable(Recommendations cached, ModelBundle bundle) {
        List<Recommendations.Item> kept = cached.items().stream()
                .filter(i -> bundle.catalogue().indexOf(i.product().id()).map(bundle.catalogue()::inStock).orElse(false))
                .toList();
        return kept.size() == cached.items().size() ? cached : cached.withItems(kept);
    }
}
