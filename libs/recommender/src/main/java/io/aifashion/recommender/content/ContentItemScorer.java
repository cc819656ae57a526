package io.aifashion.recommender.content;

import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.ItemScorer;

import java.util.function.Function;

/**
 * Content-only ranking: scores every catalogue item with a {@link ContentScorer} for the profile
 * derived from the user's history. Used on its own (cold start, offline comparison) and inside the
 * hybrid.
 */
public final class ContentItemScorer<P> implements ItemScorer {

    private final ItemCatalog catalogue;
    private final ContentScorer<P> scorer;
    private final Function<UserHistory, P> profiles;

    public ContentItemScorer(ItemCatalog catalogue, ContentScorer<P> scorer, Function<UserHistory, P> profiles) {
        this.catalogue = catalogue;
        this.scorer = scorer;
        this.profiles = profiles;
    }

    @Override
    public int itemCount() {
        return catalogue.size();
    }

    @Override
    public void scoreInto(UserHistory history, float[] scores) {
        scoreInto(profiles.apply(history), scores);
    }

    /** Scores every item for an already-built profile. */
    public void scoreInto(P profile, float[] scores) {
        scorer.scoreInto(profile, catalogue, scores);
    }
}
