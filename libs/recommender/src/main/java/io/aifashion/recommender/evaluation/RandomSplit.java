package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;

import java.util.SplittableRandom;

/**
 * A seeded uniform random hold-out of {@code testFraction} of all positive (user, item) pairs —
 * the usual "random 80/20" protocol on MovieLens.
 */
public record RandomSplit(double testFraction, long seed) implements Split {

    public RandomSplit {
        SplitRows.requireFraction(testFraction);
    }

    @Override
    public TrainTestSplit apply(InteractionLog log) {
        InteractionLog pairs = log.aggregate();
        int[] positives = new int[pairs.size()];
        int p = 0;
        for (int r = 0; r < pairs.size(); r++) {
            if (pairs.weight(r) > 0) {
                positives[p++] = r;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = p - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = positives[k];
            positives[k] = positives[j];
            positives[j] = t;
        }
        int nTest = (int) Math.round(testFraction * p);
        boolean[] test = new boolean[pairs.size()];
        for (int k = 0; k < nTest; k++) {
            test[positives[k]] = true;
        }
        return SplitRows.partition(pairs, test);
    }

    @Override
    public Split reseeded(long newSeed) {
        return new RandomSplit(testFraction, newSeed);
    }

    @Override
    public String name() {
        return "random";
    }
}
