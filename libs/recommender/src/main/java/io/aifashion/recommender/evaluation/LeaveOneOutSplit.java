package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;

import java.util.SplittableRandom;

/**
 * Leave-one-out: for every user with at least two positive pairs, the most recent one is the test
 * item; ties in time (or data without timestamps) are broken by a seeded random choice. Users with
 * a single positive stay entirely in train.
 */
public record LeaveOneOutSplit(long seed) implements Split {

    @Override
    public TrainTestSplit apply(InteractionLog log) {
        InteractionLog pairs = log.aggregate();
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] test = new boolean[pairs.size()];
        int r = 0;
        // aggregate() groups rows by user
        while (r < pairs.size()) {
            int user = pairs.user(r);
            int end = r;
            while (end < pairs.size() && pairs.user(end) == user) {
                end++;
            }
            int positives = 0;
            int chosen = -1;
            int ties = 0;
            long latest = Long.MIN_VALUE;
            for (int k = r; k < end; k++) {
                if (!(pairs.weight(k) > 0)) {
                    continue;
                }
                positives++;
                long t = pairs.timestamp(k);
                if (t > latest) {
                    latest = t;
                    chosen = k;
                    ties = 1;
                } else if (t == latest) {
                    ties++;
                    if (random.nextInt(ties) == 0) { // reservoir choice among equally recent pairs
                        chosen = k;
                    }
                }
            }
            if (positives >= 2) {
                test[chosen] = true;
            }
            r = end;
        }
        return SplitRows.partition(pairs, test);
    }

    @Override
    public Split reseeded(long newSeed) {
        return new LeaveOneOutSplit(newSeed);
    }

    @Override
    public String name() {
        return "leave-one-out";
    }
}
