package io.aifashion.vision.analysis;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.vision.light.WhiteBalance;
import io.aifashion.vision.raster.Colorimetry;
import io.aifashion.vision.raster.LinearImage;
import io.aifashion.vision.skin.FaceFrame;
import io.aifashion.vision.skin.SkinMask;

/**
 * Turns a skin mask into one skin colour: every skin pixel is light-corrected in linear sRGB,
 * converted to CIELAB (D65), and the colour is the per-channel {@value #TRIM}-trimmed mean
 * ({@link RobustStatistics#trimmedMean}); the dominant colours come from {@link DominantColors}.
 */
public final class SkinColorEstimator {

    /** Fraction trimmed from each end of each channel. */
    static final double TRIM = 0.10;

    private SkinColorEstimator() {
    }

    /** Fewest skin pixels in the measurement sites for them to be used on their own. */
    static final int MIN_SITE_PIXELS = 300;

    /**
     * The skin's mean colour as photographed, in linear sRGB: the per-channel {@value #TRIM}-trimmed
     * mean over the same pixels as {@link #measure} (the measurement sites when there are enough of
     * them), or null when the mask is empty. The input of the skin-locus light cue.
     */
    public static double[] photographedLinear(LinearImage img, SkinMask mask, FaceFrame frame) {
        int n = mask.count();
        if (n == 0) {
            return null;
        }
        boolean[] site = sites(img, mask, frame);
        int sites = 0;
        for (boolean s : site) {
            sites += s ? 1 : 0;
        }
        boolean useSites = sites >= MIN_SITE_PIXELS;
        double[][] c = new double[3][n];
        int s = 0;
        for (int i = 0; i < img.size(); i++) {
            if (mask.isSkin(i) && (!useSites || site[i])) {
                c[0][s] = img.r(i);
                c[1][s] = img.g(i);
                c[2][s] = img.b(i);
                s++;
            }
        }
        return new double[] {RobustStatistics.trimmedMean(c[0], s, TRIM), RobustStatistics.trimmedMean(c[1], s, TRIM),
                RobustStatistics.trimmedMean(c[2], s, TRIM)};
    }

    private static boolean[] sites(LinearImage img, SkinMask mask, FaceFrame frame) {
        boolean[] site = new boolean[img.size()];
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int i = y * img.width() + x;
                site[i] = mask.isSkin(i) && FaceFrame.inMeasurementSite(frame.u(x + 0.5, y + 0.5), frame.v(x + 0.5, y + 0.5));
            }
        }
        return site;
    }

    /**
     * The skin colour, or null when the mask is empty. The colour is averaged over the skin pixels
     * in the standard measurement sites ({@link FaceFrame#inMeasurementSite}) when at least
     * {@value #MIN_SITE_PIXELS} are available, otherwise over the whole mask; the dominant colours
     * always use the whole mask.
     */
    public static SkinColor measure(LinearImage img, SkinMask mask, FaceFrame frame, WhiteBalance wb) {
        int n = mask.count();
        if (n == 0) {
            return null;
        }
        boolean[] site = new boolean[img.size()];
        int sites = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int i = y * img.width() + x;
                if (mask.isSkin(i) && FaceFrame.inMeasurementSite(frame.u(x + 0.5, y + 0.5), frame.v(x + 0.5, y + 0.5))) {
                    site[i] = true;
                    sites++;
                }
            }
        }
        boolean useSites = sites >= MIN_SITE_PIXELS;
        double[] l = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        double[] l0 = new double[n];
        double[] a0 = new double[n];
        double[] b0 = new double[n];
        double[] interleaved = new double[3 * n];
        double[] o = new double[3];
        double[] lab = new double[3];
        int k = 0;
        int s = 0;
        for (int i = 0; i < img.size() && k < n; i++) {
            if (!mask.isSkin(i)) {
                continue;
            }
            wb.apply(img.r(i), img.g(i), img.b(i), o);
            Colorimetry.lab(o[0], o[1], o[2], lab, 0);
            System.arraycopy(lab, 0, interleaved, 3 * k, 3);
            k++;
            if (useSites && !site[i]) {
                continue;
            }
            l[s] = lab[0];
            a[s] = lab[1];
            b[s] = lab[2];
            Colorimetry.lab(img.r(i), img.g(i), img.b(i), lab, 0);
            l0[s] = lab[0];
            a0[s] = lab[1];
            b0[s] = lab[2];
            s++;
        }
        Lab corrected = new Lab(RobustStatistics.trimmedMean(l, s, TRIM), RobustStatistics.trimmedMean(a, s, TRIM),
                RobustStatistics.trimmedMean(b, s, TRIM));
        Lab photographed = new Lab(RobustStatistics.trimmedMean(l0, s, TRIM), RobustStatistics.trimmedMean(a0, s, TRIM),
                RobustStatistics.trimmedMean(b0, s, TRIM));
        double de = Ciede2000.deltaE(photographed, corrected);
        return new SkinColor(corrected, corrected.toHex(), photographed, de, k, mask.coverage(),
                DominantColors.of(interleaved, k, 3));
    }
}
