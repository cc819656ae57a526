package io.aifashion.vision.analysis;

import io.aifashion.color.space.Lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The main colours of a skin sample: k-means (Lloyd, "Least squares quantization in PCM", 1982) in
 * CIELAB, where Euclidean distance approximates perceived difference (CIE76). Deterministic (no
 * random starts): the same photo always gives the same clusters; at most {@value #MAX_POINTS}
 * points (an even stride through the sample) are clustered.
 */
public final class DominantColors {

    private static final int MAX_POINTS = 4000;
    private static final int ITERATIONS = 15;

    private DominantColors() {
    }

    private static double d2(double[] p, int i, double[] c, int j) {
        double dl = p[3 * i] - c[3 * j];
        double da = p[3 * i + 1] - c[3 * j + 1];
        double db = p[3 * i + 2] - c[3 * j + 2];
        return dl * dl + da * da + db * db;
    }

    /** Lloyd iterations from the given centres (updated in place); returns the final sum of squares. */
    private static double lloyd(double[] p, int n, double[] c, int k, int[] assign, int[] sizes) {
        double sse = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            boolean changed = false;
            sse = 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bd = Double.MAX_VALUE;
                for (int j = 0; j < k; j++) {
                    double d = d2(p, i, c, j);
                    if (d < bd) {
                        bd = d;
                        best = j;
                    }
                }
                sse += bd;
                if (it == 0 || assign[i] != best) {
                    changed = true;
                }
                assign[i] = best;
            }
            double[] sum = new double[3 * k];
            Arrays.fill(sizes, 0);
            for (int i = 0; i < n; i++) {
                int j = assign[i];
                sizes[j]++;
                sum[3 * j] += p[3 * i];
                sum[3 * j + 1] += p[3 * i + 1];
                sum[3 * j + 2] += p[3 * i + 2];
            }
            for (int j = 0; j < k; j++) {
                if (sizes[j] > 0) {
                    c[3 * j] = sum[3 * j] / sizes[j];
                    c[3 * j + 1] = sum[3 * j + 1] / sizes[j];
                    c[3 * j + 2] = sum[3 * j + 2] / sizes[j];
                }
            }
            if (!changed) {
                break;
            }
        }
        return sse;
    }

    /**
     * Clusters {@code count} colours given as interleaved L*, a*, b* triples.
     *
     * @return up to k clusters, largest share first (empty clusters are dropped)
     */
    public static List<DominantColor> of(double[] lab, int count, int k) {
        if (count <= 0 || k < 1) {
            return List.of();
        }
        int stride = Math.max(1, count / MAX_POINTS);
        int n = (count + stride - 1) / stride;
        double[] p = new double[3 * n];
        for (int i = 0, j = 0; i < count && j < n; i += stride, j++) {
            System.arraycopy(lab, 3 * i, p, 3 * j, 3);
        }
        k = Math.min(k, n);
        // Two deterministic starts, keep the better (lower within-cluster sum of squares): centres at
        // the lightness quantiles, and farthest-first traversal from the median-lightness point
        // (Gonzalez 1985), which does not merge clusters of unequal size the way quantiles can.
        Integer[] byL = new Integer[n];
        for (int i = 0; i < n; i++) {
            byL[i] = i;
        }
        Arrays.sort(byL, Comparator.comparingDouble(i -> p[3 * i]));
        double[] quantiles = new double[3 * k];
        for (int j = 0; j < k; j++) {
            int idx = byL[(int) Math.min(n - 1, Math.floor((j + 0.5) * n / k))];
            System.arraycopy(p, 3 * idx, quantiles, 3 * j, 3);
        }
        double[] farthest = new double[3 * k];
        System.arraycopy(p, 3 * byL[n / 2], farthest, 0, 3);
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.MAX_VALUE);
        for (int j = 1; j < k; j++) {
            int best = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], d2(p, i, farthest, j - 1));
                if (nearest[i] > nearest[best]) {
                    best = i;
                }
            }
            System.arraycopy(p, 3 * best, farthest, 3 * j, 3);
        }
        int[] assign = new int[n];
        int[] sizes = new int[k];
        double sseQ = lloyd(p, n, quantiles, k, assign, sizes);
        int[] assignF = new int[n];
        int[] sizesF = new int[k];
        double sseF = lloyd(p, n, farthest, k, assignF, sizesF);
        double[] c = quantiles;
        if (sseF < sseQ) {
            c = farthest;
            sizes = sizesF;
        }
        List<DominantColor> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (sizes[j] > 0) {
                Lab centre = new Lab(Math.max(0, Math.min(100, c[3 * j])), c[3 * j + 1], c[3 * j + 2]);
                out.add(new DominantColor(centre, centre.toHex(), (double) sizes[j] / n));
            }
        }
        out.sort(Comparator.comparingDouble(DominantColor::share).reversed());
        return List.copyOf(out);
    }
}
