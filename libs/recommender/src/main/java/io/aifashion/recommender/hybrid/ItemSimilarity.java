package io.aifashion.recommender.hybrid;

/** How alike two items are, in [0, 1]; drives diversification. Must be symmetric and thread-safe. */
@FunctionalInterface
public interface ItemSimilarity {

    double similarity(int a, int b);
}
