package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionLog;

import java.util.Arrays;

/** Turns a per-row test mask over aggregated pairs into the two logs. */
final class SplitRows {

    private SplitRows() {
    }

    static TrainTestSplit partition(InteractionLog pairs, boolean[] test) {
        int[] trainRows = new int[pairs.size()];
        int[] testRows = new int[pairs.size()];
        int a = 0;
        int b = 0;
        for (int r = 0; r < pairs.size(); r++) {
            if (test[r]) {
                testRows[b++] = r;
            } else {
                trainRows[a++] = r;
            }
        }
        return new TrainTestSplit(pairs.select(Arrays.copyOf(trainRows, a)), pairs.select(Arrays.copyOf(testRows, b)));
    }

    static void requireFraction(double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), was " + testFraction);
        }
    }
}
