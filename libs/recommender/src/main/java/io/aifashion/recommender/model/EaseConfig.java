package io.aifashion.recommender.model;

import java.util.Map;

/**
 * EASE hyper-parameters (Steck 2019).
 *
 * @param lambda   L2 regularisation added to the diagonal of XᵀX
 * @param maxItems refuse to train above this many items: EASE holds dense items × items matrices
 *                 and costs items³ operations
 * @param binary   train on a 0/1 matrix (as in the paper) rather than on the weights
 * @param threads  worker threads for the Gram matrix and the inversion
 */
public record EaseConfig(double lambda, int maxItems, boolean binary, int threads) {

    public EaseConfig {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and > 0, was " + lambda);
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, was " + maxItems);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** λ = 250, at most 20,000 items, binary, all processors. */
    public static EaseConfig defaults() {
        return new EaseConfig(250, 20_000, true, Runtime.getRuntime().availableProcessors());
    }

    public EaseConfig withLambda(double l) {
        return new EaseConfig(l, maxItems, binary, threads);
    }

    public EaseConfig withMaxItems(int m) {
        return new EaseConfig(lambda, m, binary, threads);
    }

    public EaseConfig withThreads(int t) {
        return new EaseConfig(lambda, maxItems, binary, t);
    }

    public Map<String, String> asParameters() {
        return Map.of("lambda", Double.toString(lambda), "binary", Boolean.toString(binary));
    }
}
