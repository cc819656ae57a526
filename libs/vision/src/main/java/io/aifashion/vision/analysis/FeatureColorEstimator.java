package io.aifashion.vision.analysis;

import io.aifashion.color.space.Lab;
import io.aifashion.vision.light.WhiteBalance;
import io.aifashion.vision.raster.Colorimetry;
import io.aifashion.vision.raster.LinearImage;
import io.aifashion.vision.skin.FaceFrame;

/**
 * Hair and eye colour from the face crop, by exclusion: what is in the expected place and is
 * neither skin, nor background, nor sclera, nor a highlight. Each colour comes with a confidence
 * that grows with the share of the region that passed; below a minimum the answer is
 * {@link FeatureColor#unknown unknown} (bald or covered head, hair the colour of the backdrop,
 * closed or hidden eyes), never a guess.
 */
public final class FeatureColorEstimator {

    /** CIE76 distance below which a pixel counts as skin-coloured. */
    private static final double SKIN_DISTANCE = 14;
    /** CIE76 distance below which a hair-zone pixel counts as background. */
    private static final double BACKGROUND_DISTANCE = 10;
    private static final double MIN_HAIR_SHARE = 0.25;

    private FeatureColorEstimator() {
    }

    /**
     * Hair colour: the band above the forehead ({@link FaceFrame#inHairZone}), minus skin-coloured
     * pixels and pixels matching the background beside the head; the per-channel median of the rest.
     *
     * @param skinAsPhotographed the face's skin colour without light correction
     */
    public static FeatureColor hair(LinearImage img, FaceFrame frame, Lab skinAsPhotographed, WhiteBalance wb) {
        int w = img.width();
        int h = img.height();
        double[] bgL = new double[w * h];
        double[] bgA = new double[w * h];
        double[] bgB = new double[w * h];
        int nb = 0;
        int zone = 0;
        double[] lab = new double[3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = frame.u(x + 0.5, y + 0.5);
                double v = frame.v(x + 0.5, y + 0.5);
                int i = y * w + x;
                if (Math.abs(u) >= 1.55 && Math.abs(u) <= 2.2 && v >= -1.3 && v <= -0.2 && img.peak(i) < 250) {
                    Colorimetry.lab(img.r(i), img.g(i), img.b(i), lab, 0);
                    bgL[nb] = lab[0];
                    bgA[nb] = lab[1];
                    bgB[nb] = lab[2];
                    nb++;
                }
                if (FaceFrame.inHairZone(u, v)) {
                    zone++;
                }
            }
        }
        if (zone < 50) {
            return FeatureColor.unknown("the photo is cropped above the forehead");
        }
        double[] bg = nb >= 30
                ? new double[] {RobustStatistics.median(bgL, nb), RobustStatistics.median(bgA, nb), RobustStatistics.median(bgB, nb)}
                : null;
        double[] hl = new double[zone];
        double[] ha = new double[zone];
        double[] hb = new double[zone];
        int kept = 0;
        double[] o = new double[3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = frame.u(x + 0.5, y + 0.5);
                double v = frame.v(x + 0.5, y + 0.5);
                if (!FaceFrame.inHairZone(u, v)) {
                    continue;
                }
                int i = y * w + x;
                if (img.peak(i) >= 250) {
                    continue;
                }
                Colorimetry.lab(img.r(i), img.g(i), img.b(i), lab, 0);
                if (distance(lab, skinAsPhotographed.l(), skinAsPhotographed.a(), skinAsPhotographed.b()) < SKIN_DISTANCE) {
                    continue;
                }
                if (bg != null && distance(lab, bg[0], bg[1], bg[2]) < BACKGROUND_DISTANCE) {
                    continue;
                }
                wb.apply(img.r(i), img.g(i), img.b(i), o);
                Colorimetry.lab(o[0], o[1], o[2], lab, 0);
                hl[kept] = lab[0];
                ha[kept] = lab[1];
                hb[kept] = lab[2];
                kept++;
            }
        }
        double share = (double) kept / zone;
        if (share < MIN_HAIR_SHARE || kept < 30) {
            return FeatureColor.unknown("no hair visible above the forehead (bald, covered, or the colour of the background)");
        }
        Lab colour = new Lab(RobustStatistics.median(hl, kept), RobustStatistics.median(ha, kept), RobustStatistics.median(hb, kept));
        double confidence = Math.min(1, (share - MIN_HAIR_SHARE) / 0.5) * (bg == null ? 0.6 : 1.0);
        return FeatureColor.of(colour, confidence, kept, "median of the band above the forehead without skin and background");
    }

    /**
     * Eye (iris) colour: discs of radius 0.12 eye-distances around both eye centres, minus skin,
     * sclera (light and nearly achromatic), highlights and the darkest fifth (pupil and lashes);
     * the per-channel median of the rest.
     *
     * @param eyesLocated whether the eye centres came from the eye detector (otherwise from the box prior)
     */
    public static FeatureColor eyes(LinearImage img, FaceFrame frame, Lab skinAsPhotographed, WhiteBalance wb,
                                    boolean eyesLocated) {
        int w = img.width();
        int h = img.height();
        double radius = 0.12;
        int max = 0;
        int[] idx = new int[w * h];
        double[] lab = new double[3];
        double[] lum = new double[w * h];
        for (int side = -1; side <= 1; side += 2) {
            double cx = frame.x(0.5 * side, 0);
            double cy = frame.y(0.5 * side, 0);
            double r = radius * frame.eyeDistance();
            int x0 = (int) Math.max(0, Math.floor(cx - r));
            int x1 = (int) Math.min(w - 1, Math.ceil(cx + r));
            int y0 = (int) Math.max(0, Math.floor(cy - r));
            int y1 = (int) Math.min(h - 1, Math.ceil(cy + r));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > r) {
                        continue;
                    }
                    int i = y * w + x;
                    if (img.peak(i) >= 235) {
                        continue;
                    }
                    Colorimetry.lab(img.r(i), img.g(i), img.b(i), lab, 0);
                    if (distance(lab, skinAsPhotographed.l(), skinAsPhotographed.a(), skinAsPhotographed.b()) < SKIN_DISTANCE) {
                        continue;
                    }
                    double chroma = Math.hypot(lab[1], lab[2]);
                    if (lab[0] > Math.max(45, skinAsPhotographed.l() - 5) && chroma < 14) {
                        continue; // sclera
                    }
                    idx[max] = i;
                    lum[max] = lab[0];
                    max++;
                }
            }
        }
        if (max < 12) {
            return FeatureColor.unknown("the eyes are not visible enough");
        }
        double cut = quantile(lum, max, 0.2);
        double[] el = new double[max];
        double[] ea = new double[max];
        double[] eb = new double[max];
        int kept = 0;
        double[] o = new double[3];
        for (int k = 0; k < max; k++) {
            if (lum[k] < cut) {
                continue;
            }
            int i = idx[k];
            wb.apply(img.r(i), img.g(i), img.b(i), o);
            Colorimetry.lab(o[0], o[1], o[2], lab, 0);
            el[kept] = lab[0];
            ea[kept] = lab[1];
            eb[kept] = lab[2];
            kept++;
        }
        if (kept < 8) {
            return FeatureColor.unknown("the eyes are not visible enough");
        }
        Lab colour = new Lab(RobustStatistics.median(el, kept), RobustStatistics.median(ea, kept), RobustStatistics.median(eb, kept));
        double confidence = (eyesLocated ? 0.7 : 0.35) * Math.min(1, kept / 40.0);
        return FeatureColor.of(colour, confidence, kept,
                eyesLocated ? "median of the iris discs around the detected eyes" : "median of the iris discs at the expected eye positions");
    }

    private static double quantile(double[] v, int n, double q) {
        double[] s = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(s);
        return s[(int) Math.min(n - 1, Math.floor(q * n))];
    }

    private static double distance(double[] lab, double l, double a, double b) {
        double dl = lab[0] - l;
        double da = lab[1] - a;
        double db = lab[2] - b;
        return Math.sqrt(dl * dl + da * da + db * db);
    }
}
