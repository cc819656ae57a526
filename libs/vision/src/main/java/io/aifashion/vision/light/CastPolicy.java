package io.aifashion.vision.light;

/**
 * Decides how much of an estimated colour cast to correct.
 *
 * <p>A photo from a camera or phone has already been white-balanced by it; what remains is a
 * residual cast, and a single-picture estimate of the light has its own error: on the portraits of
 * the accuracy harness the scene estimate of {@link IlluminantEstimator} is off by about 25 mired
 * (rms) and 0.005 in Duv even on correctly balanced photos, because backdrops and clothes are not
 * grey on average (a blue backdrop reads as a cool light). Correcting such a "cast" would move a
 * correct photo's colours by as much as the estimate's error. So a cast is corrected in proportion
 * to how far it stands out of that noise, measured from D65 along the Planckian locus in mired
 * (10^6 / CCT) and across it in Duv:
 *
 * <ul>
 *   <li>warm casts (lower CCT): not at all below {@value #WARM_FROM} mired, fully from {@value #WARM_FULL};</li>
 *   <li>cool casts (higher CCT): not at all below {@value #COOL_FROM} mired, fully from {@value #COOL_FULL}
 *       (asymmetric because blue backdrops and skies make scene estimates read cool, while cameras
 *       leave real residual casts mostly on the warm side, under incandescent light);</li>
 *   <li>tints (Duv): not at all below {@value #DUV_FROM}, fully from {@value #DUV_FULL};</li>
 * </ul>
 * linearly in between, the larger of the applicable fractions deciding. The ramps keep the result
 * continuous: a re-encoded or resized copy of a photo whose estimate sits near a limit does not jump
 * between "corrected" and "not corrected". The trade-offs measured are in bench/README.md.
 */
public final class CastPolicy {

    public static final double WARM_FROM = 30;
    public static final double WARM_FULL = 60;
    public static final double COOL_FROM = 45;
    public static final double COOL_FULL = 90;
    public static final double DUV_FROM = 0.006;
    public static final double DUV_FULL = 0.012;

    private final Illuminant d65 = Illuminant.d65("d65");

    /** The fraction of the estimated cast that is corrected, 0..1. */
    public double strength(Illuminant estimate) {
        double dm = 1e6 / estimate.cct() - 1e6 / d65.cct();
        double dd = Math.abs(estimate.duv() - d65.duv());
        double wm = dm >= 0 ? ramp(dm, WARM_FROM, WARM_FULL) : ramp(-dm, COOL_FROM, COOL_FULL);
        return Math.max(wm, ramp(dd, DUV_FROM, DUV_FULL));
    }

    /**
     * The illuminant to correct from: the estimate moved back towards D65 by the part of the cast
     * that is not corrected (interpolated in mired and Duv); D65 itself when nothing is corrected.
     */
    public Illuminant correctionFor(Illuminant estimate) {
        double w = strength(estimate);
        if (w <= 0) {
            return d65;
        }
        if (w >= 1) {
            return estimate;
        }
        double m65 = 1e6 / d65.cct();
        double mired = m65 + w * (1e6 / estimate.cct() - m65);
        double duv = d65.duv() + w * (estimate.duv() - d65.duv());
        double kelvin = Math.max(CorrelatedColorTemperature.MIN_KELVIN, Math.min(CorrelatedColorTemperature.MAX_KELVIN, 1e6 / mired));
        double[] xy = CorrelatedColorTemperature.chromaticity(kelvin, duv);
        return Illuminant.fromChromaticity(xy[0], xy[1], estimate.method());
    }

    /** Whether {@link #correctionFor} corrects this estimate at all. */
    public boolean corrects(Illuminant estimate) {
        return strength(estimate) > 0;
    }

    private static double ramp(double v, double from, double full) {
        return Math.max(0, Math.min(1, (v - from) / (full - from)));
    }
}
