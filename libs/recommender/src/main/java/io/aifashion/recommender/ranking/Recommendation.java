package io.aifashion.recommender.ranking;

import java.util.Objects;

/** One recommended item: its external id, 1-based rank, ranking score and explanation. */
public record Recommendation(String itemId, int rank, double score, Explanation explanation) {

    public Recommendation {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(explanation, "explanation");
        if (rank < 1) {
            throw new IllegalArgumentException("rank is 1-based, was " + rank);
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN");
        }
    }
}
