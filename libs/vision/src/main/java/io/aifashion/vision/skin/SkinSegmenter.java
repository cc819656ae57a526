package io.aifashion.vision.skin;

import io.aifashion.vision.raster.LinearImage;

import java.util.Arrays;

/**
 * Finds the bare-skin pixels of a face with a colour model fitted to that face, not a fixed
 * threshold box (fixed YCrCb/HSV boxes, e.g. Chai &amp; Ngan 1999, fail on very dark and very light skin
 * and under coloured light; see Kakumanu, Makrogiannis &amp; Bourbakis, "A survey of skin-color
 * modeling and detection methods", Pattern Recognition 40, 2007).
 *
 * <ol>
 *   <li><b>Geometry</b>: candidates lie in the face oval of the {@link FaceFrame}, outside the eye and
 *       brow, nostril and mouth zones.</li>
 *   <li><b>Per-pixel exclusions</b>: clipped pixels (a channel &ge; {@value #CLIPPED}: blown highlights carry no
 *       colour), near-black pixels, deep shadows (below 40 % of the seed's median luminance) and
 *       bright, desaturated specular highlights (dichromatic reflection: the highlight takes the
 *       light's colour; Shafer, "Using color to separate reflection components", 1985).</li>
 *   <li><b>Colour model</b>: seeds from the cheeks and the middle of the forehead; features are the
 *       log-chromaticities {@code (ln R/G, ln B/G)} in linear RGB, which are unchanged by shading
 *       (a multiplicative intensity change) so a lit and a shadowed cheek share one cluster. A robust
 *       start (median and MAD, outliers dropped) is followed by a Gaussian fit; pixels within a
 *       Mahalanobis distance of {@value #MAHALANOBIS} (the 99 % quantile of chi-square with 2
 *       degrees of freedom is 3.03) are skin. The model is refitted once on the accepted pixels.</li>
 * </ol>
 */
public final class SkinSegmenter {

    static final double MAHALANOBIS = 3.0;
    /** An 8-bit code value at or above which a channel counts as clipped (JPEG ringing spreads 255 down to 253). */
    public static final int CLIPPED = 253;
    private static final double EPS = 0.002;
    private static final double SHADOW = 0.40;
    private static final double HIGHLIGHT = 1.9;
    /** A bright pixel less saturated than this fraction of the skin cluster's saturation is a specular highlight. */
    private static final double SPECULAR = 0.6;
    private static final int MIN_SEEDS = 30;

    /**
     * Segments the skin of the face whose frame (in crop coordinates) is {@code frame}.
     */
    public SkinMask segment(LinearImage crop, FaceFrame frame) {
        int w = crop.width();
        int h = crop.height();
        int n = w * h;
        boolean[] candidate = new boolean[n];
        boolean[] seed = new boolean[n];
        int oval = 0;
        int clipped = 0;
        int dark = 0;
        int ovalCandidates = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = frame.u(x + 0.5, y + 0.5);
                double v = frame.v(x + 0.5, y + 0.5);
                if (!FaceFrame.inFaceOval(u, v)) {
                    continue;
                }
                if (FaceFrame.inEyeZone(u, v) || FaceFrame.inNostrilZone(u, v) || FaceFrame.inMouthZone(u, v)) {
                    continue;
                }
                oval++;
                int i = y * w + x;
                ovalCandidates++;
                if (crop.peak(i) >= CLIPPED) {
                    clipped++;
                    continue;
                }
                if (crop.peak(i) <= 12) {
                    dark++;
                    continue;
                }
                candidate[i] = true;
                seed[i] = FaceFrame.inCheekSeed(u, v) || FaceFrame.inForeheadSeed(u, v);
            }
        }
        double clippedFraction = ovalCandidates == 0 ? 0 : (double) clipped / ovalCandidates;
        double darkFraction = ovalCandidates == 0 ? 0 : (double) dark / ovalCandidates;
        float[] c1 = new float[n];
        float[] c2 = new float[n];
        float[] ly = new float[n];
        for (int i = 0; i < n; i++) {
            if (candidate[i]) {
                c1[i] = (float) Math.log((crop.r(i) + EPS) / (crop.g(i) + EPS));
                c2[i] = (float) Math.log((crop.b(i) + EPS) / (crop.g(i) + EPS));
                ly[i] = (float) Math.log(crop.luminance(i) + EPS);
            }
        }
        // Robust start on the seeds: per-feature median and MAD, keep the inliers.
        int seeds = 0;
        for (int i = 0; i < n; i++) {
            if (seed[i]) {
                seeds++;
            }
        }
        if (seeds < MIN_SEEDS) {
            // Seed regions unusable (tiny or clipped face): seed from every candidate instead.
            System.arraycopy(candidate, 0, seed, 0, n);
            seeds = 0;
            for (boolean b : seed) {
                seeds += b ? 1 : 0;
            }
            if (seeds < MIN_SEEDS) {
                return new SkinMask(w, h, new boolean[n], 0, 0, clippedFraction, darkFraction, 0, null);
            }
        }
        double[] med = new double[3];
        double[] mad = new double[3];
        float[][] feats = {c1, c2, ly};
        for (int f = 0; f < 3; f++) {
            float[] vals = collect(feats[f], seed, seeds);
            med[f] = median(vals);
            for (int k = 0; k < vals.length; k++) {
                vals[k] = (float) Math.abs(vals[k] - med[f]);
            }
            mad[f] = Math.max(1.4826 * median(vals), f == 2 ? 0.05 : 0.01);
        }
        boolean[] inlier = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (seed[i] && Math.abs(c1[i] - med[0]) <= 2.5 * mad[0] && Math.abs(c2[i] - med[1]) <= 2.5 * mad[1]
                    && ly[i] - med[2] >= Math.log(SHADOW) && ly[i] - med[2] <= Math.log(HIGHLIGHT)) {
                inlier[i] = true;
            }
        }
        double lumMedian = med[2];
        boolean[] mask = inlier;
        double[] model = null;
        for (int iteration = 0; iteration < 2; iteration++) {
            double[] g = fit(c1, c2, mask);
            if (g == null) {
                break;
            }
            model = g;
            mask = classify(crop, candidate, c1, c2, ly, g, lumMedian);
            lumMedian = medianOf(ly, mask, lumMedian);
        }
        int count = 0;
        for (boolean b : mask) {
            count += b ? 1 : 0;
        }
        double coverage = oval == 0 ? 0 : Math.min(1.0, (double) count / oval);
        double medianY = Math.max(0, Math.exp(lumMedian) - EPS);
        SkinModel fitted = model == null ? null
                : new SkinModel(model[0], model[1], model[2], model[3], model[4], lumMedian);
        return new SkinMask(w, h, mask, count, coverage, clippedFraction, darkFraction, medianY, fitted);
    }

    /** Mean (2) and inverse covariance (3: a, b, c of [[a, b], [b, c]]) of the chroma features, or null. */
    private static double[] fit(float[] c1, float[] c2, boolean[] mask) {
        double s1 = 0;
        double s2 = 0;
        int k = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                s1 += c1[i];
                s2 += c2[i];
                k++;
            }
        }
        if (k < MIN_SEEDS) {
            return null;
        }
        double m1 = s1 / k;
        double m2 = s2 / k;
        double v11 = 0;
        double v12 = 0;
        double v22 = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                double d1 = c1[i] - m1;
                double d2 = c2[i] - m2;
                v11 += d1 * d1;
                v12 += d1 * d2;
                v22 += d2 * d2;
            }
        }
        // Regularise: sensor noise and JPEG chroma quantisation put a floor under the spread.
        double floor = 0.015 * 0.015;
        v11 = v11 / k + floor;
        v12 = v12 / k;
        v22 = v22 / k + floor;
        double det = v11 * v22 - v12 * v12;
        return new double[] {m1, m2, v22 / det, -v12 / det, v11 / det};
    }

    private static boolean[] classify(LinearImage crop, boolean[] candidate, float[] c1, float[] c2, float[] ly,
                                      double[] g, double lumMedian) {
        boolean[] out = new boolean[candidate.length];
        double limit = MAHALANOBIS * MAHALANOBIS;
        double lo = lumMedian + Math.log(SHADOW);
        double hi = lumMedian + Math.log(HIGHLIGHT);
        for (int i = 0; i < out.length; i++) {
            if (!candidate[i] || ly[i] < lo || ly[i] > hi) {
                continue;
            }
            double d1 = c1[i] - g[0];
            double d2 = c2[i] - g[1];
            double m = g[2] * d1 * d1 + 2 * g[3] * d1 * d2 + g[4] * d2 * d2;
            if (m > limit) {
                continue;
            }
            // Specular: clearly brighter than typical skin and less saturated than the skin cluster.
            if (ly[i] > lumMedian + Math.log(1.35)) {
                double max = Math.max(crop.r(i), Math.max(crop.g(i), crop.b(i)));
                double min = Math.min(crop.r(i), Math.min(crop.g(i), crop.b(i)));
                double sat = max <= 0 ? 0 : 1 - min / max;
                double rr = Math.exp(g[0]);
                double bb = Math.exp(g[1]);
                double skinSat = 1 - Math.min(1, Math.min(rr, bb)) / Math.max(1, Math.max(rr, bb));
                if (sat < SPECULAR * skinSat) {
                    continue;
                }
            }
            out[i] = true;
        }
        return out;
    }

    private static double medianOf(float[] values, boolean[] mask, double fallback) {
        int k = 0;
        for (boolean b : mask) {
            k += b ? 1 : 0;
        }
        if (k == 0) {
            return fallback;
        }
        return median(collect(values, mask, k));
    }

    private static float[] collect(float[] values, boolean[] mask, int count) {
        float[] out = new float[count];
        int k = 0;
        for (int i = 0; i < mask.length && k < count; i++) {
            if (mask[i]) {
                out[k++] = values[i];
            }
        }
        return out;
    }

    private static double median(float[] v) {
        if (v.length == 0) {
            return 0;
        }
        float[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2.0;
    }
}
