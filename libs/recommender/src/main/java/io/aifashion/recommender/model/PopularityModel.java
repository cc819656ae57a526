package io.aifashion.recommender.model;

import io.aifashion.recommender.data.IdIndex;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.Signal;

/**
 * The non-personalised baseline: every user gets the items most users interacted with. Any
 * personalised model must beat it; on MovieLens-100K with the usual protocol it reaches about
 * nDCG@10 ≈ 0.15.
 */
public final class PopularityModel implements CollaborativeModel {

    private final ModelMetadata metadata;
    private final IdIndex items;
    private final int[] support;

    PopularityModel(ModelMetadata metadata, IdIndex items, int[] support) {
        this.metadata = metadata;
        this.items = items;
        this.support = support;
    }

    @Override
    public ModelMetadata metadata() {
        return metadata;
    }

    @Override
    public IdIndex items() {
        return items;
    }

    @Override
    public int itemSupport(int item) {
        return support[item];
    }

    @Override
    public void scoreInto(UserHistory history, float[] scores) {
        for (int i = 0; i < support.length; i++) {
            scores[i] = support[i];
        }
    }

    @Override
    public Explanation explain(UserHistory history, int item) {
        int n = support[item];
        return Explanation.of(Signal.POPULARITY,
                n == 0 ? "New in the catalogue" : "Trending: popular with " + n + (n == 1 ? " shopper" : " shoppers"));
    }
}
