package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;

import java.util.Objects;

/**
 * The two parts of a split, each a log of aggregated (user, item) pairs over the same id indices.
 * Dislikes always stay in {@code train} (they are exclusions, never something to predict).
 */
public record TrainTestSplit(InteractionLog train, InteractionLog test) {

    public TrainTestSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (train.users() != test.users() || train.items() != test.items()) {
            throw new IllegalArgumentException("train and test must share their id indices");
        }
    }
}
