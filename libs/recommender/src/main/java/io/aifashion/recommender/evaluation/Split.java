package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;

/**
 * How to hold out test interactions. Every split first aggregates the log into one row per
 * (user, item) pair, so the same pair can never be both trained on and tested — repeated views of
 * one product would otherwise leak the answer.
 */
public sealed interface Split permits RandomSplit, TemporalSplit, LeaveOneOutSplit {

    TrainTestSplit apply(InteractionLog log);

    /** The same kind of split with another seed (used to carve a validation part out of train). */
    Split reseeded(long seed);

    long seed();

    /** Short name for reports: {@code random}, {@code temporal}, {@code leave-one-out}. */
    String name();

    static Split parse(String name, double testFraction, long seed) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "random" -> new RandomSplit(testFraction, seed);
            case "temporal" -> new TemporalSplit(testFraction, seed);
            case "leave-one-out", "loo" -> new LeaveOneOutSplit(seed);
            default -> throw new IllegalArgumentException("unknown split '" + name + "' (expected random, temporal or leave-one-out)");
        };
    }
}
