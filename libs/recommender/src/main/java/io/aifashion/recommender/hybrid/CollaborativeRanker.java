package io.aifashion.recommender.hybrid;

import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.Recommendation;
import io.aifashion.recommender.ranking.TopNSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Top-N straight from a collaborative model, with the same exclusions and explanations as the hybrid. */
public final class CollaborativeRanker {

    private final CollaborativeModel model;

    public CollaborativeRanker(CollaborativeModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param filter extra exclusions; disliked, bought and already-seen items are always excluded
     */
    public List<Recommendation> recommend(UserHistory history, int count, ItemFilter filter) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (history.itemCount() != model.itemCount()) {
            throw new IllegalArgumentException("history refers to " + history.itemCount() + " items, model has "
                    + model.itemCount());
        }
        float[] scores = new float[model.itemCount()];
        model.scoreInto(history, scores);
        int[] top = TopNSelection.select(scores, count, ItemFilter.seen(history).or(filter));
        List<io.aifashion.recommender.ranking.Explanation> why = model.explain(history, top);
        List<Recommendation> out = new ArrayList<>(top.length);
        for (int r = 0; r < top.length; r++) {
            out.add(new Recommendation(model.items().id(top[r]), r + 1, scores[top[r]], why.get(r)));
        }
        return out;
    }
}
