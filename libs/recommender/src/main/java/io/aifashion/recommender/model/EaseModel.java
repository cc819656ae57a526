package io.aifashion.recommender.model;

import io.aifashion.recommender.data.IdIndex;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.Signal;

import java.util.Arrays;
import java.util.List;

/**
 * A trained EASE model: scores are {@code x_u · B}, the sum of the B-rows of the items in the
 * user's history (Steck 2019).
 */
public final class EaseModel implements CollaborativeModel {

    private final ModelMetadata metadata;
    private final IdIndex items;
    private final float[] weights;
    private final int[] support;
    private final boolean binary;

    EaseModel(ModelMetadata metadata, IdIndex items, float[] weights, int[] support, boolean binary) {
        this.metadata = metadata;
        this.items = items;
        this.weights = weights;
        this.support = support;
        this.binary = binary;
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

    /** B_ij: how much having item i in the history raises item j's score. */
    public float weight(int i, int j) {
        return weights[i * items.size() + j];
    }

    @Override
    public void scoreInto(UserHistory history, float[] scores) {
        int n = items.size();
        Arrays.fill(scores, 0, n, 0f);
        for (int h = 0; h < history.size(); h++) {
            float w = binary ? 1f : history.weight(h);
            int ro = history.item(h) * n;
            for (int j = 0; j < n; j++) {
                scores[j] += w * weights[ro + j];
            }
        }
    }

    @Override
    public Explanation explain(UserHistory history, int item) {
        int n = items.size();
        int best = -1;
        float bestContribution = 0;
        for (int h = 0; h < history.size(); h++) {
            int i = history.item(h);
            float c = (binary ? 1f : history.weight(h)) * weights[i * n + item];
            if (c > bestContribution) {
                bestContribution = c;
                best = i;
            }
        }
        if (best < 0) {
            return Explanation.of(Signal.POPULARITY, "Popular with " + support[item] + " shoppers");
        }
        String because = items.id(best);
        return new Explanation(Signal.ITEM_TO_ITEM, "Because you liked " + because, List.of(because));
    }
}
