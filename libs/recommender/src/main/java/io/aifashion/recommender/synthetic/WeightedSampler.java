package io.aifashion.recommender.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws indices with probability proportional to fixed weights (inverse CDF by binary search). */
final class WeightedSampler {

    private final int[] values;
    private final double[] cumulative;

    WeightedSampler(int[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("need matching, non-empty values and weights");
        }
        this.values = values.clone();
        this.cumulative = new double[weights.length];
        double s = 0;
        for (int k = 0; k < weights.length; k++) {
            s += weights[k];
            cumulative[k] = s;
        }
    }

    int size() {
        return values.length;
    }

    int draw(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int k = Arrays.binarySearch(cumulative, u);
        k = k >= 0 ? k : -k - 1;
        return values[Math.min(k, values.length - 1)];
    }
}
