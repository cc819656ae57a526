package io.aifashion.bench.vision;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.LinearRgb;
import io.aifashion.color.space.SrgbTransferFunction;
import io.aifashion.vision.face.DetectedFace;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.light.WhiteBalance;
import io.aifashion.vision.raster.Colorimetry;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.setRNGSeed;
import static org.bytedeco.opencv.global.opencv_imgproc.GC_FGD;
import static org.bytedeco.opencv.global.opencv_imgproc.GC_INIT_WITH_MASK;
import static org.bytedeco.opencv.global.opencv_imgproc.GC_PR_BGD;
import static org.bytedeco.opencv.global.opencv_imgproc.GC_PR_FGD;
import static org.bytedeco.opencv.global.opencv_imgproc.grabCut;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/**
 * Builds test pictures with known skin colour from a real photo (the ground-truth protocol of the
 * accuracy harness, documented in bench/README.md and docs/vision.md).
 *
 * <ol>
 *   <li><b>Skin weight</b> (this harness's own definition, independent of the analyzer's skin
 *       model): inside each head region (an ellipse around the face box plus the neck), a pixel's
 *       weight is 1 when its log-chromaticity {@code (ln R/G, ln B/G)} lies within 0.35 of the
 *       median of the face's cheeks and nose (falling to 0 at 0.5; shading does not change it) and it
 *       is not darker than 30 % of that patch (hair, brows, lashes, nostrils), smoothed 3 x 3.</li>
 *   <li><b>Truth region</b>: fully weighted pixels of the standard measurement sites located from
 *       the face box (forehead, both cheeks, nose, chin; {@link #measurementSite}) that are not clipped
 *       in the rendered picture.</li>
 *   <li><b>Re-toning in CIELAB</b>: {@code Lab' = T + k (Lab - M)}, M the truth region's mean, with
 *       per-pixel deviations kept (shading, texture, redness) but scaled: lightness by
 *       {@code (T_L + 16) / (M_L + 16)} (a multiplicative shading stays multiplicative in Y), capped so
 *       the 98th percentile stays below L* 99; a* and b* by the chroma ratio, clamped to [0.35, 1.6].
 *       The result is blended with the original by the weight, in CIELAB. This model serves targets
 *       lighter than the source; a darker target scales the whole head's linear reflectance instead
 *       ({@link #darken}, {@link #darkWeight}).</li>
 *   <li><b>Calibration</b>: T (or the darkening ratios) is corrected up to five times by the difference between the target and the
 *       truth region's realised mean (after clipping and 8-bit quantisation), so the D65 picture's
 *       mean skin colour equals the Monk reference to a small residual that is reported.</li>
 *   <li><b>Rendering</b>: the whole picture is multiplied in linear sRGB by the Bradford transform
 *       from D65 to the test light (scaled so white reaches full scale in its strongest channel),
 *       then by 2^EV, clipped, encoded to 8-bit sRGB and compressed as JPEG at the given quality.</li>
 * </ol>
 */
final class ToneRenderer {

    /** Linear value of 8-bit code 253: at or above it a channel counts as clipped (as in the analyzer). */
    private static final double CLIPPED = SrgbTransferFunction.decode8(253);

    private final int width;
    private final int height;
    private final float[] r;
    private final float[] g;
    private final float[] b;
    private final List<Face> faces = new ArrayList<>();

    /** One face of the source photo: its skin weights and truth region. */
    record Face(DetectedFace detected, float[] weight, float[] darkWeight, boolean[] truth, double[] meanLab, double p98L,
                double p995Head, int truthPixels) {
    }

    /** A re-toned D65 picture and the realised truth-region mean per face. */
    record Retoned(float[] r, float[] g, float[] b, List<Lab> realised) {
    }

    ToneRenderer(Mat bgr, List<DetectedFace> detected) {
        width = bgr.cols();
        height = bgr.rows();
        int n = width * height;
        r = new float[n];
        g = new float[n];
        b = new float[n];
        byte[] row = new byte[width * 3];
        BytePointer data = bgr.data();
        for (int y = 0; y < height; y++) {
            data.position((long) y * bgr.step()).get(row, 0, row.length);
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                b[i] = (float) SrgbTransferFunction.decode8(row[3 * x] & 0xFF);
                g[i] = (float) SrgbTransferFunction.decode8(row[3 * x + 1] & 0xFF);
                r[i] = (float) SrgbTransferFunction.decode8(row[3 * x + 2] & 0xFF);
            }
        }
        data.position(0);
        for (DetectedFace f : detected) {
            faces.add(prepare(f, bgr));
        }
    }

    List<Face> faces() {
        return faces;
    }

    private Face prepare(DetectedFace f, Mat bgr) {
        FaceBox box = f.box();
        int n = width * height;
        boolean[] subject = subject(bgr, box);
        // Reference: median log-chromaticity and luminance of the cheeks-and-nose patch.
        List<double[]> ref = new ArrayList<>();
        for (int y = (int) (box.y() + 0.45 * box.height()); y < box.y() + 0.70 * box.height(); y++) {
            for (int x = (int) (box.x() + 0.25 * box.width()); x < box.x() + 0.75 * box.width(); x++) {
                if (x >= 0 && y >= 0 && x < width && y < height) {
                    ref.add(chroma(y * width + x));
                }
            }
        }
        double[] refC = new double[3];
        for (int c = 0; c < 3; c++) {
            double[] v = new double[ref.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = ref.get(k)[c];
            }
            Arrays.sort(v);
            refC[c] = v[v.length / 2];
        }
        float[] weight = new float[n];
        boolean[] truth = new boolean[n];
        double cx = box.centerX();
        double cy = box.y() + 0.55 * box.height();
        double[] sum = new double[3];
        List<Double> ls = new ArrayList<>();
        List<Double> headLs = new ArrayList<>();
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ex = (x - cx) / (0.62 * box.width());
                double ey = (y - cy) / (0.85 * box.height());
                boolean head = ex * ex + ey * ey <= 1;
                boolean neck = x >= box.x() + 0.2 * box.width() && x <= box.x() + 0.8 * box.width()
                        && y >= box.y() + box.height() && y <= box.y() + 1.5 * box.height();
                if (!head && !neck) {
                    continue;
                }
                int i = y * width + x;
                double[] p = lab(i);
                double[] q = chroma(i);
                // Shading-invariant: log-chromaticity distance, plus a floor on luminance that
                // leaves out hair, brows, lashes and nostrils (darker than 30 % of the skin).
                double dc = Math.hypot(q[0] - refC[0], q[1] - refC[1]);
                if (q[2] > refC[2]) {
                    // Brighter than the patch: highlights mix in the light's colour, moving the
                    // chromaticity from the skin's towards neutral (0, 0); measure to that segment.
                    double len2 = refC[0] * refC[0] + refC[1] * refC[1];
                    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -((q[0] - refC[0]) * refC[0] + (q[1] - refC[1]) * refC[1]) / len2));
                    dc = Math.hypot(q[0] - refC[0] * (1 - t), q[1] - refC[1] * (1 - t));
                }
                double wc = Math.max(0, Math.min(1, (0.50 - dc) / 0.15));
                double wl = Math.max(0, Math.min(1, (q[2] - refC[2] - Math.log(0.15)) / Math.log(2)));
                double fxs = (x - box.x()) / (double) box.width();
                double fys = (y - box.y()) / (double) box.height();
                // Only the person (a warm wall inside the head ellipse is not skin), and not the whites
                // of the eyes or the teeth.
                float w = subject[i] ? (float) (wc * wl * (1 - scleraOrTeeth(fxs, fys, q, refC, Math.max(0.05, Math.hypot(refC[0], refC[1]))))) : 0f;
                weight[i] = w;
                if (w >= 0.5f) {
                    headLs.add(p[0]);
                }
                double fx = (x - box.x()) / (double) box.width();
                double fy = (y - box.y()) / (double) box.height();
                if (w >= 0.999f && measurementSite(fx, fy)) { // re-checked after smoothing below
                    truth[i] = true;
                    sum[0] += p[0];
                    sum[1] += p[1];
                    sum[2] += p[2];
                    ls.add(p[0]);
                    count++;
                }
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no skin found for face " + box);
        }
        smooth(weight);
        // Truth pixels must still be fully re-toned after smoothing; recompute the mean without the others.
        sum = new double[3];
        ls.clear();
        count = 0;
        for (int i = 0; i < n; i++) {
            if (truth[i] && weight[i] < 0.999f) {
                truth[i] = false;
            }
            if (truth[i]) {
                double[] p = lab(i);
                sum[0] += p[0];
                sum[1] += p[1];
                sum[2] += p[2];
                ls.add(p[0]);
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no fully weighted skin for face " + box);
        }
        double[] mean = {sum[0] / count, sum[1] / count, sum[2] / count};
        ls.sort(null);
        double p98 = ls.get((int) Math.min(ls.size() - 1, Math.floor(0.98 * ls.size())));
        headLs.sort(null);
        double p995 = headLs.get((int) Math.min(headLs.size() - 1, Math.floor(0.995 * headLs.size())));
        return new Face(f, weight, darkWeight(box, refC, subject), truth, mean, p98, p995, count);
    }

    /**
     * Where a darker skin reaches: the whole head (face, ears, neck, lips, brows, and the hair, which
     * on a deep-toned subject is dark as well) except the backdrop, the whites of the eyes and the
     * teeth. A darker skin is more melanin in the same face; the shading, the features and their
     * contrast with the skin stay (lips, nostrils and brows darker than the skin, sclera and teeth
     * light), which is what a face detector looks for. The skin-only weight used when lightening
     * left the lips, the eyelids, the smile lines and the shadowed edges of the face at the source's
     * light colour and darkened the teeth, and Haar cascades lost 30–60 % of the deepest renders.
     */
    private float[] darkWeight(FaceBox box, double[] refC, boolean[] subject) {
        int n = width * height;
        double skinChroma = Math.max(0.05, Math.hypot(refC[0], refC[1]));
        double cx = box.centerX();
        double cy = box.y() + 0.55 * box.height();
        float[] w = new float[n];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ex = (x - cx) / (0.66 * box.width());
                double ey = (y - cy) / (0.90 * box.height());
                boolean head = ex * ex + ey * ey <= 1;
                boolean hair = Math.abs(x - cx) <= 0.72 * box.width() && y >= box.y() - 0.75 * box.height() && y <= cy;
                boolean neck = x >= box.x() + 0.18 * box.width() && x <= box.x() + 0.82 * box.width()
                        && y >= box.y() + box.height();
                if (!head && !hair && !neck) {
                    continue;
                }
                int i = y * width + x;
                double[] q = chroma(i);
                double weight = subject[i] ? 1 : 0;
                if (neck && !head) {
                    // Below the chin only skin is darkened, not the collar or the shirt.
                    double dc = Math.hypot(q[0] - refC[0], q[1] - refC[1]);
                    weight *= Math.max(0, Math.min(1, (0.50 - dc) / 0.15));
                }
                double fx = (x - box.x()) / (double) box.width();
                double fy = (y - box.y()) / (double) box.height();
                weight *= 1 - scleraOrTeeth(fx, fy, q, refC, skinChroma);
                w[i] = (float) weight;
            }
        }
        smooth(w);
        return w;
    }

    /**
     * How much pixel {@code q} (log-chromaticity and luminance) looks like the white of an eye or a
     * tooth, 0 to 1: inside the eye or mouth band of the face box, light (at least half the skin's
     * luminance) and much less saturated than the skin. Neither is skin: a re-toning keeps them, as
     * a person's sclera and teeth do not take the colour of their skin.
     */
    private static double scleraOrTeeth(double fx, double fy, double[] q, double[] refC, double skinChroma) {
        boolean eyesOrMouth = fx >= 0.08 && fx <= 0.92 && (fy >= 0.30 && fy <= 0.50 || fy >= 0.66 && fy <= 0.92);
        if (!eyesOrMouth) {
            return 0;
        }
        double neutral = 1 - Math.max(0, Math.min(1, (Math.hypot(q[0], q[1]) / skinChroma - 0.35) / 0.30));
        double light = Math.max(0, Math.min(1, (q[2] - refC[2] - Math.log(0.5)) / Math.log(1.6)));
        return neutral * light;
    }

    /**
     * The person, as opposed to the scene behind them, around one face: GrabCut (Rother, Kolmogorov
     * and Blake 2004, as implemented in OpenCV) seeded with the face box's centre as certain
     * foreground, the head and hair region as probable foreground and the rest of a box around the
     * head as probable background; everything outside that box is background.
     */
    private boolean[] subject(Mat bgr, FaceBox box) {
        int x0 = clampInt((int) (box.centerX() - 1.1 * box.width()), 0, width - 1);
        int x1 = clampInt((int) (box.centerX() + 1.1 * box.width()), x0 + 1, width);
        int y0 = clampInt((int) (box.y() - 1.0 * box.height()), 0, height - 1);
        int y1 = clampInt((int) (box.y() + 1.8 * box.height()), y0 + 1, height);
        int rw = x1 - x0;
        int rh = y1 - y0;
        double cx = box.centerX();
        double cy = box.y() + 0.55 * box.height();
        byte[] seed = new byte[rw * rh];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double ex = (x - cx) / (0.62 * box.width());
                double ey = (y - cy) / (0.85 * box.height());
                boolean head = ex * ex + ey * ey <= 1;
                boolean hair = Math.abs(x - cx) <= 0.6 * box.width() && y >= box.y() - 0.6 * box.height() && y <= cy;
                double fx = (x - box.x()) / (double) box.width();
                double fy = (y - box.y()) / (double) box.height();
                boolean core = fx >= 0.2 && fx <= 0.8 && fy >= 0.1 && fy <= 0.9;
                seed[(y - y0) * rw + (x - x0)] = (byte) (core ? GC_FGD : head || hair ? GC_PR_FGD : GC_PR_BGD);
            }
        }
        boolean[] out = new boolean[width * height];
        try (Mat roi = new Mat(bgr, new Rect(x0, y0, rw, rh)).clone(); Mat mask = new Mat(rh, rw, CV_8UC1);
             Mat bgModel = new Mat(); Mat fgModel = new Mat()) {
            mask.data().put(seed);
            // GrabCut seeds its colour models by k-means from OpenCV's per-thread random generator:
            // a fixed seed makes the render the same whatever ran on this thread before.
            setRNGSeed(20261125);
            grabCut(roi, mask, new Rect(), bgModel, fgModel, 4, GC_INIT_WITH_MASK);
            byte[] result = new byte[rw * rh];
            mask.data().get(result);
            for (int y = 0; y < rh; y++) {
                for (int x = 0; x < rw; x++) {
                    int v = result[y * rw + x];
                    out[(y + y0) * width + x + x0] = v == GC_FGD || v == GC_PR_FGD;
                }
            }
        }
        return out;
    }

    private static int clampInt(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /**
     * The standard skin measurement sites (forehead, both cheeks, nose, chin), here located from the
     * detected box alone (a frontal box is about 2.5 inter-ocular distances wide, eyes 38 % down).
     */
    static boolean measurementSite(double fx, double fy) {
        boolean forehead = fx >= 0.26 && fx <= 0.74 && fy >= 0.00 && fy <= 0.20;
        boolean cheek = (fx >= 0.16 && fx <= 0.38 || fx >= 0.62 && fx <= 0.84) && fy >= 0.50 && fy <= 0.76;
        boolean nose = fx >= 0.41 && fx <= 0.59 && fy >= 0.42 && fy <= 0.66;
        boolean chin = fx >= 0.34 && fx <= 0.66 && fy >= 0.92 && fy <= 1.08;
        return forehead || cheek || nose || chin;
    }

    /**
     * The picture with each face's skin re-toned so its truth-region mean is its {@code targets} entry (under D65).
     * A darker target scales the head's reflectance ({@link #darken}); a lighter one moves the skin's
     * colour in CIELAB ({@link #apply}).
     */
    Retoned retone(List<Lab> targets) {
        if (targets.size() != faces.size()) {
            throw new IllegalArgumentException("one target per face: " + faces.size() + " faces, " + targets.size() + " targets");
        }
        int n = width * height;
        double[][] offsets = new double[faces.size()][];
        double[][] ratios = new double[faces.size()][];
        for (int k = 0; k < faces.size(); k++) {
            Lab target = targets.get(k);
            offsets[k] = new double[] {target.l(), target.a(), target.b()};
            double[] m = faces.get(k).meanLab();
            if (target.l() < m[0]) {
                LinearRgb t = target.toLinearRgb();
                LinearRgb s = new Lab(m[0], m[1], m[2]).toLinearRgb();
                ratios[k] = new double[] {t.r() / s.r(), t.g() / s.g(), t.b() / s.b()};
            }
        }
        float[] or = null;
        float[] og = null;
        float[] ob = null;
        List<Lab> realised = new ArrayList<>();
        for (int iteration = 0; iteration < 6; iteration++) {
            or = r.clone();
            og = g.clone();
            ob = b.clone();
            for (int k = 0; k < faces.size(); k++) {
                if (ratios[k] != null) {
                    darken(faces.get(k), ratios[k], or, og, ob);
                } else {
                    apply(faces.get(k), offsets[k], targets.get(k), or, og, ob);
                }
            }
            quantise(or, og, ob);
            realised.clear();
            for (int k = 0; k < faces.size(); k++) {
                Face f = faces.get(k);
                double[] s = new double[3];
                int c = 0;
                for (int i = 0; i < n; i++) {
                    // Truth: the region's pixels that are measurable in the rendered picture (not clipped).
                    if (f.truth()[i] && Math.max(or[i], Math.max(og[i], ob[i])) < CLIPPED) {
                        Lab p = Colorimetry.lab(or[i], og[i], ob[i]);
                        s[0] += p.l();
                        s[1] += p.a();
                        s[2] += p.b();
                        c++;
                    }
                }
                Lab mean = new Lab(s[0] / c, s[1] / c, s[2] / c);
                realised.add(mean);
                if (iteration < 5) {
                    Lab target = targets.get(k);
                    if (ratios[k] != null) {
                        LinearRgb t = target.toLinearRgb();
                        LinearRgb got = mean.toLinearRgb();
                        ratios[k][0] *= t.r() / Math.max(1e-6, got.r());
                        ratios[k][1] *= t.g() / Math.max(1e-6, got.g());
                        ratios[k][2] *= t.b() / Math.max(1e-6, got.b());
                    } else {
                        offsets[k][0] += target.l() - mean.l();
                        offsets[k][1] += target.a() - mean.a();
                        offsets[k][2] += target.b() - mean.b();
                    }
                }
            }
            boolean converged = true;
            for (int k = 0; k < realised.size(); k++) {
                converged &= Ciede2000.deltaE(realised.get(k), targets.get(k)) < 0.05;
            }
            if (converged) {
                break;
            }
        }
        return new Retoned(or, og, ob, List.copyOf(realised));
    }

    /**
     * Darkening: each channel's linear reflectance is multiplied by the ratio of the target's to the
     * source skin's (more melanin absorbs more of every wavelength, the shading is the same light on
     * the same shape), blended with the original by the head weight.
     */
    private void darken(Face f, double[] ratio, float[] or, float[] og, float[] ob) {
        float[] w = f.darkWeight();
        for (int i = 0; i < w.length; i++) {
            double wi = w[i];
            if (wi <= 0) {
                continue;
            }
            or[i] = (float) clamp(r[i] * (1 - wi + wi * ratio[0]));
            og[i] = (float) clamp(g[i] * (1 - wi + wi * ratio[1]));
            ob[i] = (float) clamp(b[i] * (1 - wi + wi * ratio[2]));
        }
    }

    private void apply(Face f, double[] t, Lab target, float[] or, float[] og, float[] ob) {
        double[] m = f.meanLab();
        double kl = (target.l() + 16) / (m[0] + 16);
        if (f.p98L() > m[0]) {
            kl = Math.min(kl, (99 - t[0]) / (f.p98L() - m[0]));
        }
        double cm = Math.hypot(m[1], m[2]);
        double kab = Math.max(0.35, Math.min(1.6, Math.hypot(target.a(), target.b()) / Math.max(1, cm)));
        // Keep the skin inside the sRGB gamut: the brightest 0.5 % of the head's skin may reach, but
        // not pass, the lightness at which the target's chromaticity leaves the gamut (no channel above ~250).
        if (f.p995Head() > m[0]) {
            kl = Math.min(kl, (gamutLightness(t[0], t[1], t[2]) - t[0]) / (f.p995Head() - m[0]));
        }
        kl = Math.max(0.05, kl);
        float[] w = f.weight();
        for (int i = 0; i < w.length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            double[] p = lab(i);
            double l = Math.max(0, Math.min(100, t[0] + kl * (p[0] - m[0])));
            double a = t[1] + kab * (p[1] - m[1]);
            double bb = t[2] + kab * (p[2] - m[2]);
            // Blend with the original in CIELAB, so a half weight looks half-way.
            double wi = w[i];
            LinearRgb q = new Lab(Math.max(0, Math.min(100, wi * l + (1 - wi) * p[0])), wi * a + (1 - wi) * p[1],
                    wi * bb + (1 - wi) * p[2]).toLinearRgb();
            or[i] = (float) clamp(q.r());
            og[i] = (float) clamp(q.g());
            ob[i] = (float) clamp(q.b());
        }
    }

    /** The lightness, at or above {@code l}, at which (L, a, b) reaches a channel value of 0.955 (about 250 of 255). */
    private static double gamutLightness(double l, double a, double b) {
        double lo = Math.max(0, Math.min(100, l));
        double hi = 100;
        if (maxChannel(hi, a, b) <= 0.955) {
            return hi;
        }
        if (maxChannel(lo, a, b) > 0.955) {
            return lo;
        }
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (maxChannel(mid, a, b) > 0.955) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    private static double maxChannel(double l, double a, double b) {
        LinearRgb q = new Lab(l, a, b).toLinearRgb();
        return Math.max(q.r(), Math.max(q.g(), q.b()));
    }

    /**
     * Renders a re-toned picture under {@code light} (null for D65) at {@code ev} stops and encodes it
     * as JPEG at {@code quality}.
     */
    byte[] render(Retoned picture, WhiteBalance light, double ev, int quality) {
        int n = width * height;
        double gain = Math.pow(2, ev);
        double[] o = new double[3];
        byte[] bgr = new byte[n * 3];
        for (int i = 0; i < n; i++) {
            double rr = picture.r()[i];
            double gg = picture.g()[i];
            double bb = picture.b()[i];
            if (light != null) {
                light.apply(rr, gg, bb, o);
                rr = o[0];
                gg = o[1];
                bb = o[2];
            }
            bgr[3 * i] = encode(bb * gain);
            bgr[3 * i + 1] = encode(gg * gain);
            bgr[3 * i + 2] = encode(rr * gain);
        }
        try (Mat mat = new Mat(height, width, CV_8UC3); BytePointer out = new BytePointer()) {
            mat.data().put(bgr);
            imencode(".jpg", mat, out, new IntPointer(IMWRITE_JPEG_QUALITY, quality));
            byte[] jpeg = new byte[(int) out.limit()];
            out.get(jpeg);
            return jpeg;
        }
    }

    private static byte encode(double linear) {
        return (byte) Math.round(SrgbTransferFunction.encode(clamp(linear)) * 255);
    }

    private static void quantise(float[] r, float[] g, float[] b) {
        for (int i = 0; i < r.length; i++) {
            r[i] = (float) SrgbTransferFunction.decode8(encode(r[i]) & 0xFF);
            g[i] = (float) SrgbTransferFunction.decode8(encode(g[i]) & 0xFF);
            b[i] = (float) SrgbTransferFunction.decode8(encode(b[i]) & 0xFF);
        }
    }

    /** A 3 x 3 box filter over the weight map, so that isolated pixels neither escape nor join the re-toning. */
    private void smooth(float[] w) {
        float[] tmp = new float[w.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float s = 0;
                int c = 0;
                for (int d = -1; d <= 1; d++) {
                    int xx = x + d;
                    if (xx >= 0 && xx < width) {
                        s += w[y * width + xx];
                        c++;
                    }
                }
                tmp[y * width + x] = s / c;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float s = 0;
                int c = 0;
                for (int d = -1; d <= 1; d++) {
                    int yy = y + d;
                    if (yy >= 0 && yy < height) {
                        s += tmp[yy * width + x];
                        c++;
                    }
                }
                w[y * width + x] = s / c;
            }
        }
    }

    /** {ln R/G, ln B/G, ln Y} of pixel i (linear, with a small floor against noise). */
    private double[] chroma(int i) {
        double e = 0.002;
        double y = Colorimetry.luminance(r[i], g[i], b[i]);
        return new double[] {Math.log((r[i] + e) / (g[i] + e)), Math.log((b[i] + e) / (g[i] + e)), Math.log(y + e)};
    }

    private double[] lab(int i) {
        Lab l = Colorimetry.lab(r[i], g[i], b[i]);
        return new double[] {l.l(), l.a(), l.b()};
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    private static double sq(double v) {
        return v * v;
    }
}
