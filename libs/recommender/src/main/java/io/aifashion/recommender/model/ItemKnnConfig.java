package io.aifashion.recommender.model;

import java.util.Map;

/**
 * Item-kNN hyper-parameters.
 *
 * @param neighbours how many most-similar items to keep per item (the k of Deshpande and Karypis 2004)
 * @param shrinkage  added to the cosine denominator so similarities resting on few co-occurrences
 *                   shrink towards 0 (Koren 2008's shrunk similarity; 0 disables it)
 * @param binary     treat every positive as 1 instead of its weight
 * @param threads    worker threads for the similarity computation
 */
public record ItemKnnConfig(int neighbours, double shrinkage, boolean binary, int threads) {

    public ItemKnnConfig {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1, was " + neighbours);
        }
        if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
            throw new IllegalArgumentException("shrinkage must be finite and >= 0, was " + shrinkage);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** k = 100, shrinkage 10, binary, all processors. */
    public static ItemKnnConfig defaults() {
        return new ItemKnnConfig(100, 10, true, Runtime.getRuntime().availableProcessors());
    }

    public ItemKnnConfig withNeighbours(int k) {
        return new ItemKnnConfig(k, shrinkage, binary, threads);
    }

    public ItemKnnConfig withShrinkage(double h) {
        return new ItemKnnConfig(neighbours, h, binary, threads);
    }

    public ItemKnnConfig withThreads(int t) {
        return new ItemKnnConfig(neighbours, shrinkage, binary, t);
    }

    public Map<String, String> asParameters() {
        return Map.of("neighbours", Integer.toString(neighbours), "shrinkage", Double.toString(shrinkage),
                "binary", Boolean.toString(binary));
    }
}
