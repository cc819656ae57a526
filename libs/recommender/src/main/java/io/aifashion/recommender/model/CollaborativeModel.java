package io.aifashion.recommender.model;

import io.aifashion.recommender.data.IdIndex;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.ItemScorer;

/**
 * A trained, immutable collaborative model. It scores every item for a user history (so users
 * unseen at training time are scored from what is known about them now) and explains one item's
 * score. Instances are safe to share between threads.
 */
public sealed interface CollaborativeModel extends ItemScorer
        permits PopularityModel, ItemKnnModel, ImplicitAlsModel, EaseModel {

    ModelMetadata metadata();

    /** The item universe; indices in histories and score arrays refer to it. */
    IdIndex items();

    @Override
    default int itemCount() {
        return items().size();
    }

    /** Number of training users with a positive interaction on the item (0 for a new product). */
    int itemSupport(int item);

    /** Why {@code item} scores as it does for this history: the strongest contributing evidence. */
    Explanation explain(UserHistory history, int item);

    /** Explanations for several items of one history (models may share work between them). */
    default java.util.List<Explanation> explain(UserHistory history, int[] items) {
        java.util.List<Explanation> out = new java.util.ArrayList<>(items.length);
        for (int item : items) {
            out.add(explain(history, item));
        }
        return out;
    }
}
