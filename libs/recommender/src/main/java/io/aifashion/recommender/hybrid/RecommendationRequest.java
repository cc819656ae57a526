package io.aifashion.recommender.hybrid;

import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.ItemFilter;

import java.util.Objects;

/**
 * One ranking request.
 *
 * @param history     what the user did (positives, dislikes, purchases) in the model's item index space
 * @param profile     the content profile (palette, preferences) for the content scorer
 * @param count       how many recommendations
 * @param filter      extra exclusions, e.g. out-of-stock products
 * @param excludeSeen also exclude items already in the history (disliked and bought items are always excluded)
 */
public record RecommendationRequest<P>(UserHistory history, P profile, int count, ItemFilter filter, boolean excludeSeen) {

    public RecommendationRequest {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(filter, "filter");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /** Excluding seen items, no other filter. */
    public static <P> RecommendationRequest<P> of(UserHistory history, P profile, int count) {
        return new RecommendationRequest<>(history, profile, count, ItemFilter.none(), true);
    }

    public RecommendationRequest<P> withFilter(ItemFilter extra) {
        return new RecommendationRequest<>(history, profile, count, filter.or(extra), excludeSeen);
    }
}
