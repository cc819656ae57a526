package io.aifashion.vision.analysis;

import java.util.Arrays;

/** Trimmed means and medians for colour samples. */
public final class RobustStatistics {

    private RobustStatistics() {
    }

    /**
     * The mean of the values left after discarding the lowest and highest {@code trim} fraction
     * (Tukey's trimmed mean; Wilcox, "Introduction to Robust Estimation and Hypothesis Testing",
     * 4th ed., 2017, ch. 3): robust to the tails a skin sample always has (pores, stray hair,
     * residual highlights and shadows) while keeping most of the mean's efficiency.
     */
    public static double trimmedMean(double[] values, int count, double trim) {
        if (count <= 0) {
            throw new IllegalArgumentException("no values");
        }
        if (trim < 0 || trim >= 0.5) {
            throw new IllegalArgumentException("trim must be in [0, 0.5): " + trim);
        }
        double[] s = Arrays.copyOf(values, count);
        Arrays.sort(s);
        int cut = (int) Math.floor(count * trim);
        double sum = 0;
        for (int i = cut; i < count - cut; i++) {
            sum += s[i];
        }
        return sum / (count - 2 * cut);
    }

    /** The median of the first {@code count} values. */
    public static double median(double[] values, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] s = Arrays.copyOf(values, count);
        Arrays.sort(s);
        int m = count / 2;
        return count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
