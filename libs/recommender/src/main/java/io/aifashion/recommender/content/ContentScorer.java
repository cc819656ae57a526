package io.aifashion.recommender.content;

/**
 * The content-based port: how well a product's features fit a user profile. The profile type is
 * the implementer's — the library's {@link FeatureContentScorer} uses a {@link FeatureProfile}; a
 * service can use its own palette/season profile and a CIEDE2000 colour distance.
 *
 * <p>Scores should be comparable across items for one profile (higher is better); the hybrid
 * rescales them per user, so their absolute range does not matter. Implementations must be
 * thread-safe.
 *
 * @param <P> the user-profile type
 */
public interface ContentScorer<P> {

    double score(P profile, ItemFeatures item);

    /**
     * Scores every catalogue item into {@code scores} (index-aligned with the catalogue). The
     * default calls {@link #score} per item; implementations may override it with a faster batch
     * path that gives the same values.
     */
    default void scoreInto(P profile, ItemCatalog catalogue, float[] scores) {
        for (int i = 0; i < catalogue.size(); i++) {
            scores[i] = (float) score(profile, catalogue.features(i));
        }
    }

    /** A short, user-facing reason for the score, e.g. "its colour suits your palette". */
    String explain(P profile, ItemFeatures item);
}
