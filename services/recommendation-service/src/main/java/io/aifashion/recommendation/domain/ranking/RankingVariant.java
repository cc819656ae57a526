package io.aifashion.recommendation.domain.ranking;

import java.util.Objects;

/**
 * How a list is ranked: the collaborative algorithm blended with content, and how strongly MMR
 * diversifies the result.
 *
 * @param diversity MMR λ (Carbonell and Goldstein 1998) in [0, 1]: the weight of relevance against
 *                  similarity to items already picked; 1 turns diversification off
 */
public record RankingVariant(Algorithm algorithm, double diversity) {

    public RankingVariant {
        Objects.requireNonNull(algorithm, "algorithm");
        if (!(diversity >= 0 && diversity <= 1)) {
            throw new IllegalArgumentException("diversity must be in [0, 1], was " + diversity);
        }
    }
}
