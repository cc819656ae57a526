package io.aifashion.recommender.model;

import io.aifashion.recommender.data.IdIndex;
import io.aifashion.recommender.data.SparseRows;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.Signal;

import java.util.List;

/**
 * Item-kNN scoring after Deshpande and Karypis (2004): each item the user liked votes for its k
 * nearest neighbours with its similarity, {@code score(j) = Σ_{i ∈ history} w_i · sim(i, j)}.
 * Scoring touches |history| · k entries, independent of catalogue size.
 */
public final class ItemKnnModel implements CollaborativeModel {

    private final ModelMetadata metadata;
    private final IdIndex items;
    private final SparseRows neighbours;
    private final int[] support;
    private final boolean binary;

    ItemKnnModel(ModelMetadata metadata, IdIndex items, SparseRows neighbours, int[] support, boolean binary) {
        this.metadata = metadata;
        this.items = items;
        this.neighbours = neighbours;
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

    /** The similarity of {@code b} among the kept neighbours of {@code a}, or 0 if pruned. */
    public float similarity(int a, int b) {
        return neighbours.get(a, b);
    }

    /** The kept neighbours of an item (indices ascending) with their similarities. */
    public SparseRows neighbours() {
        return neighbours;
    }

    @Override
    public void scoreInto(UserHistory history, float[] scores) {
        java.util.Arrays.fill(scores, 0, items.size(), 0f);
        for (int h = 0; h < history.size(); h++) {
            int i = history.item(h);
            float w = binary ? 1f : history.weight(h);
            for (int k = neighbours.start(i); k < neighbours.end(i); k++) {
                scores[neighbours.index(k)] += w * neighbours.value(k);
            }
        }
    }

    @Override
    public Explanation explain(UserHistory history, int item) {
        int best = -1;
        float bestContribution = 0;
        for (int h = 0; h < history.size(); h++) {
            int i = history.item(h);
            float c = (binary ? 1f : history.weight(h)) * neighbours.get(i, item);
            if (c > bestContribution) {
                bestContribution = c;
                best = i;
            }
        }
        if (best < 0) {
            return Explanation.of(Signal.POPULARITY, "Popular with " + support[item] + " shoppers");
        }
        String because = items.id(best);
        return new Explanation(Signal.ITEM_NEIGHBOURS, "People who liked " + because + " also liked this", List.of(because));
    }
}
