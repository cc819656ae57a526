package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A global time cut: the latest {@code testFraction} of positive pairs (by the time of their last
 * interaction) are the test set, so nothing from the future is trained on. Pairs at the same
 * timestamp are ordered by a seeded shuffle. Users who only appear after the cut are cold users in
 * the test — as in production.
 */
public record TemporalSplit(double testFraction, long seed) implements Split {

    public TemporalSplit {
        SplitRows.requireFraction(testFraction);
    }

    @Override
    public TrainTestSplit apply(InteractionLog log) {
        InteractionLog pairs = log.aggregate();
        SplittableRandom random = new SplittableRandom(seed);
        int n = pairs.size();
        long[] tieBreak = new long[n];
        Integer[] positives = new Integer[n];
        int p = 0;
        for (int r = 0; r < n; r++) {
            tieBreak[r] = random.nextLong();
            if (pairs.weight(r) > 0) {
                positives[p++] = r;
            }
        }
        Integer[] order = Arrays.copyOf(positives, p);
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(pairs.timestamp(a), pairs.timestamp(b));
            return c != 0 ? c : Long.compare(tieBreak[a], tieBreak[b]);
        });
        int nTest = (int) Math.round(testFraction * p);
        boolean[] test = new boolean[n];
        for (int k = p - nTest; k < p; k++) {
            test[order[k]] = true;
        }
        return SplitRows.partition(pairs, test);
    }

    @Override
    public Split reseeded(long newSeed) {
        return new TemporalSplit(testFraction, newSeed);
    }

    @Override
    public String name() {
        return "temporal";
    }
}
