package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.CatalogueSnapshot;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.ranking.Reason;
import io.aifashion.recommendation.domain.ranking.TrendingList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code GET /api/v1/trending}: what shoppers are into right now, for anyone. The list is computed
 * with each model bundle (from the interaction read model), so serving it is a walk down an array.
 */
@Service
public class GetTrending {

    static final int MAX_LIMIT = 100;

    private final ModelRegistry registry;
    private final RecommendationProperties properties;
    private final Clock clock;

    public GetTrending(ModelRegistry registry, RecommendationProperties properties, Clock clock) {
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
    }

    public Recommendations trending(int limit, String category) {
        RequestChecks.limit(limit, MAX_LIMIT);
        Optional<ModelBundle> current = RequestChecks.ready(registry);
        if (current.isEmpty()) {
            return Recommendations.empty(clock.instant());
        }
        ModelBundle bundle = current.get();
        if (category != null) {
            RequestChecks.category(bundle, category);
        }
        CatalogueSnapshot catalogue = bundle.catalogue();
        TrendingList trending = bundle.trending();
        java.util.BitSet wanted = null;
        if (category != null) {
            wanted = new java.util.BitSet(catalogue.size());
            for (int i : catalogue.inCategory(category)) {
                wanted.set(i);
            }
        }
        long windowDays = Math.max(1, properties.trending().window().toDays());
        String window = windowDays == 7 ? "this week" : "in the last " + windowDays + " days";
        List<Recommendations.Item> items = new ArrayList<>(limit);
        for (int rank = 0; rank < trending.size() && items.size() < limit; rank++) {
            int item = trending.at(rank);
            if (!catalogue.inStock(item) || (wanted != null && !wanted.get(item))) {
                continue;
            }
            items.add(new Recommendations.Item(Recommendations.Card.of(catalogue.product(item)),
                    Math.round(trending.score(item) * 1e4) / 1e4, List.of(reason(bundle, trending, item, window))));
        }
        return new Recommendations(items, bundle.model(Algorithm.POPULARITY).metadata().versionId(),
                Algorithm.POPULARITY.label(), null, clock.instant());
    }

    private static Reason reason(ModelBundle bundle, TrendingList trending, int item, String window) {
        int recent = trending.recentShoppers(item);
        if (recent > 0) {
            return new Reason.TrendingReason(recent, "Trending: " + recent + (recent == 1 ? " shopper " : " shoppers ")
                    + window);
        }
        int all = bundle.model(Algorithm.POPULARITY).itemSupport(item);
        if (all > 0) {
            return new Reason.TrendingReason(all, "Popular with " + all + (all == 1 ? " shopper" : " shoppers"));
        }
        return new Reason.CatalogueReason("New in the catalogue");
    }
}
