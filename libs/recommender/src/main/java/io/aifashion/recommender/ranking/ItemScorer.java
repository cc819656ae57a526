package io.aifashion.recommender.ranking;

import io.aifashion.recommender.data.UserHistory;

/**
 * Anything that can score every item for a user: a collaborative model, a content scorer over a
 * catalogue, or a hybrid of them. Offline evaluation ranks through this interface only.
 */
public interface ItemScorer {

    /** Size of the item universe; score arrays have this length. */
    int itemCount();

    /**
     * Writes a score for every item into {@code scores} (higher is better). Implementations must be
     * safe to call from several threads at once with different {@code scores} arrays.
     */
    void scoreInto(UserHistory history, float[] scores);
}
