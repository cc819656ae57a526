package io.aifashion.vision.light;

import io.aifashion.vision.raster.LinearImage;

/**
 * Estimates the scene illuminant from a reduced picture in linear sRGB, ignoring the pixels a mask
 * excludes (the faces and hair, whose colour is what we want to measure, and clipped or black
 * pixels, which carry no colour).
 *
 * <p>Two members of the "general grey world" family of van de Weijer, Gevers and Gijsenij,
 * "Edge-based color constancy", IEEE Trans. Image Processing 16(9), 2007:
 * <ul>
 *   <li><b>shades of grey</b> (Finlayson &amp; Trezzi, "Shades of gray and colour constancy", CIC 2004):
 *       the illuminant is the Minkowski p-norm mean of each channel, {@code e_c = (mean f_c^p)^(1/p)}
 *       (p = 1 is grey world, p = infinity white patch);</li>
 *   <li><b>grey edge</b> (first order): the p-norm mean of each channel's gradient magnitude after
 *       Gaussian smoothing, {@code e_c = (mean |grad f_c,sigma|^p)^(1/p)}; it rests on the average
 *       reflectance <em>difference</em> being achromatic, so a large uniform coloured surface
 *       (a painted backdrop, a wall) hardly biases it, unlike grey world.</li>
 * </ul>
 * Both are combined as the geometric mean of their unit-normalised estimates. The Minkowski norm
 * is p = 2 for both: higher norms (p = 6 is often best on benchmark sets) lean on the few brightest
 * pixels and edges, which clip or shift when the photo is resized, recompressed or lit differently;
 * on the portraits of the accuracy harness p = 2 changed the estimate far less between such copies
 * of one photo (bench/README.md).
 */
public final class IlluminantEstimator {

    /** Minkowski norm for shades of grey (Finlayson &amp; Trezzi report p = 6 on their data; see the class comment for 2). */
    private final double sogNorm;
    /** Minkowski norm for grey edge. */
    private final double edgeNorm;
    /** Weight of grey edge in the geometric combination (shades of grey gets 1 - w). */
    private final double edgeWeight;

    public IlluminantEstimator() {
        this(2, 2, 0.5);
    }

    public IlluminantEstimator(double sogNorm, double edgeNorm, double edgeWeight) {
        if (sogNorm < 1 || edgeNorm < 1 || edgeWeight < 0 || edgeWeight > 1) {
            throw new IllegalArgumentException("norms must be >= 1 and the weight in [0, 1]");
        }
        this.sogNorm = sogNorm;
        this.edgeNorm = edgeNorm;
        this.edgeWeight = edgeWeight;
    }

    /**
     * The estimated illuminant as (r, g, b) in linear sRGB (unit length), or {@code null} when too
     * few pixels are usable.
     *
     * @param scene   the reduced picture
     * @param exclude per pixel, true to ignore it (may be null)
     */
    public double[] estimate(LinearImage scene, boolean[] exclude) {
        double[] sog = shadesOfGray(scene, exclude, sogNorm);
        double[] edge = grayEdge(scene, exclude, edgeNorm);
        if (sog == null && edge == null) {
            return null;
        }
        if (edge == null || edgeWeight == 0) {
            return sog;
        }
        if (sog == null || edgeWeight == 1) {
            return edge;
        }
        double[] e = new double[3];
        for (int c = 0; c < 3; c++) {
            e[c] = Math.pow(edge[c], edgeWeight) * Math.pow(sog[c], 1 - edgeWeight);
        }
        return normalise(e);
    }

    /** Shades of grey over the usable pixels; null if fewer than 64. */
    public static double[] shadesOfGray(LinearImage img, boolean[] exclude, double p) {
        double sr = 0;
        double sg = 0;
        double sb = 0;
        int n = 0;
        for (int i = 0; i < img.size(); i++) {
            if (!usable(img, exclude, i)) {
                continue;
            }
            sr += Math.pow(img.r(i), p);
            sg += Math.pow(img.g(i), p);
            sb += Math.pow(img.b(i), p);
            n++;
        }
        if (n < 64) {
            return null;
        }
        return normalise(new double[] {Math.pow(sr / n, 1 / p), Math.pow(sg / n, 1 / p), Math.pow(sb / n, 1 / p)});
    }

    /**
     * First-order grey edge with a 3x3 binomial pre-filter (a Gaussian of sigma about 0.85 pixel)
     * and central differences; a gradient counts only where its whole 5x5 support is usable.
     */
    public static double[] grayEdge(LinearImage img, boolean[] exclude, double p) {
        int w = img.width();
        int h = img.height();
        if (w < 5 || h < 5) {
            return null;
        }
        float[][] smooth = new float[3][];
        for (int c = 0; c < 3; c++) {
            smooth[c] = blur(img, c);
        }
        boolean[] ok = new boolean[w * h];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = usable(img, exclude, i);
        }
        // Erode the usable mask by 2 so that no gradient straddles an excluded region's border.
        boolean[] inner = erode(erode(ok, w, h), w, h);
        double[] sum = new double[3];
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (!inner[i]) {
                    continue;
                }
                for (int c = 0; c < 3; c++) {
                    float[] s = smooth[c];
                    double dx = (s[i + 1] - s[i - 1]) * 0.5;
                    double dy = (s[i + w] - s[i - w]) * 0.5;
                    double mag = Math.sqrt(dx * dx + dy * dy);
                    sum[c] += Math.pow(mag, p);
                }
                n++;
            }
        }
        if (n < 64 || sum[0] <= 0 || sum[1] <= 0 || sum[2] <= 0) {
            return null;
        }
        return normalise(new double[] {Math.pow(sum[0] / n, 1 / p), Math.pow(sum[1] / n, 1 / p), Math.pow(sum[2] / n, 1 / p)});
    }

    private static boolean usable(LinearImage img, boolean[] exclude, int i) {
        if (exclude != null && exclude[i]) {
            return false;
        }
        // Clipped pixels have lost their colour; near-black ones are dominated by noise and quantisation.
        return img.peak(i) < 250 && img.peak(i) > 8;
    }

    private static float[] blur(LinearImage img, int channel) {
        int w = img.width();
        int h = img.height();
        float[] src = new float[w * h];
        for (int i = 0; i < src.length; i++) {
            src[i] = channel == 0 ? img.r(i) : channel == 1 ? img.g(i) : img.b(i);
        }
        float[] tmp = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int xl = Math.max(0, x - 1);
                int xr = Math.min(w - 1, x + 1);
                tmp[y * w + x] = 0.25f * src[y * w + xl] + 0.5f * src[y * w + x] + 0.25f * src[y * w + xr];
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            int yu = Math.max(0, y - 1);
            int yd = Math.min(h - 1, y + 1);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = 0.25f * tmp[yu * w + x] + 0.5f * tmp[y * w + x] + 0.25f * tmp[yd * w + x];
            }
        }
        return out;
    }

    private static boolean[] erode(boolean[] m, int w, int h) {
        boolean[] out = new boolean[m.length];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                out[i] = m[i] && m[i - 1] && m[i + 1] && m[i - w] && m[i + w];
            }
        }
        return out;
    }

    static double[] normalise(double[] e) {
        double len = Math.sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
        return new double[] {e[0] / len, e[1] / len, e[2] / len};
    }
}
