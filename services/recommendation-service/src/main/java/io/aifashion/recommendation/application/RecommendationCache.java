package io.aifashion.recommendation.application;

import java.util.Optional;

/**
 * Per-user cache of finished recommendation lists (Redis in production). One entry per user holds
 * that user's lists for every query, so everything about a user is evicted with one key. An
 * unreachable cache behaves as a miss.
 */
public interface RecommendationCache {

    Optional<Recommendations> get(String userId, String query);

    void put(String userId, String query, Recommendations recommendations);

    /** Evicts the user's lists once the current transaction commits (at once if there is none). */
    void evictAfterCommit(String userId);

    /** Evicts every user's lists once the current transaction commits (rebuilds, experiment changes). */
    void clearAfterCommit();
}
