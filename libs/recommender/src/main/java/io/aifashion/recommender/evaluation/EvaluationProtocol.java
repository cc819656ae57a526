package io.aifashion.recommender.evaluation;

import java.util.Objects;

/**
 * How an offline evaluation is run.
 *
 * @param split   how test pairs are held out (the validation split for tuning is the same kind, reseeded, carved from train)
 * @param k       cut-off of the metrics
 * @param tune    search each algorithm's grid on the validation split; otherwise use its first candidate
 * @param threads worker threads for scoring users
 */
public record EvaluationProtocol(Split split, int k, boolean tune, int threads) {

    public EvaluationProtocol {
        Objects.requireNonNull(split, "split");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }
}
