package io.aifashion.vision.light;

import io.aifashion.vision.raster.Colorimetry;

import java.util.List;

/**
 * Combines the evidence about the light by confidence: the maximum a-posteriori light in
 * (mired, Duv), minimising the sum of the cues' negative log-likelihoods
 *
 * <pre>
 *   ((m - m_scene) / σ_scene)² + ((duv - duv_scene) / σ_scene,duv)²          scene (grey world / grey edge)
 * + Σ_faces d⊥(skin corrected for (m, duv), skin locus)² / SPREAD²          skin as a reference ({@link SkinLocus})
 * + 2 ln(1 + ((m - m_D65) / s)²) + 2 ln(1 + ((duv - duv_D65) / s_duv)²)   the camera's own white balance
 * </pre>
 *
 * The scene and skin cues are treated as independent Gaussian errors, each weighted by the inverse
 * of its variance (Bianco &amp; Schettini, "Adaptive Color Constancy Using Faces", IEEE TPAMI 2014,
 * combine a face-based and a scene-based estimate by confidence in the same spirit). The scene's
 * width is its error on correctly balanced studio portraits (backdrops and suits are not grey on
 * average). The prior says the camera has usually balanced the photo already; it is heavy-tailed
 * (Cauchy): a cast within a few tens of mired is mostly attributed to the estimators' error and left
 * alone, while a strong cast (incandescent, fluorescent) costs the prior little and is corrected
 * almost fully. This replaces the earlier correction ramps: the result is continuous in the inputs
 * (no threshold), so a resized or recompressed copy gets nearly the same correction.
 *
 * <p>Minimised on a 10-mired x 0.003-Duv grid over 2000-12000 K, then on a 1-mired x 0.0005 grid
 * around the best point (about 1,150 evaluations; the Bradford correction of the skin is evaluated
 * directly in cone space). The constants were chosen on the accuracy harness (bench/README.md).
 */
public final class LightFusion {

    /** One standard deviation of the scene estimate's error, in mired and in Duv. */
    public static final double SCENE_MIRED = 35;
    public static final double SCENE_DUV = 0.005;
    /** Scale (half width at half maximum) of the Cauchy prior around D65, in mired and in Duv. */
    public static final double PRIOR_MIRED = 15;
    public static final double PRIOR_DUV = 0.004;

    private final SkinLocus locus = new SkinLocus();
    private final Illuminant d65 = Illuminant.d65("d65");
    /** The Bradford cone matrix (Lam 1985; as in ICC v4 and the colour-science library). */
    private final double[] bradford = {0.8951, 0.2664, -0.1614, -0.7502, 1.7135, 0.0367, 0.0389, -0.0685, 1.0296};
    private final double[] bradfordInverse = invert(bradford);
    private final double[] rgbToXyz = Colorimetry.rgbToXyz();
    private final double[] xyzToRgb = Colorimetry.xyzToRgb();
    private final double[] d65Lms;

    public LightFusion() {
        double[] w = mul(rgbToXyz, 1, 1, 1);
        d65Lms = mul(bradford, w[0] / w[1], 1, w[2] / w[1]);
    }

    /**
     * The fused illuminant.
     *
     * @param scene the scene estimate, or null when there is no scene to estimate from
     * @param skins each measured face's mean skin colour as photographed, in linear sRGB (may be empty)
     */
    public Illuminant fuse(Illuminant scene, List<double[]> skins, String method) {
        double m65 = 1e6 / d65.cct();
        double duv65 = d65.duv();
        double bestM = m65;
        double bestD = duv65;
        double best = Double.MAX_VALUE;
        // Coarse grid: 10 mired, 0.003 Duv, over 2000-12000 K and |Duv| <= 0.03.
        for (double m = 1e6 / 12000; m <= 1e6 / 2000; m += 10) {
            for (double d = -0.030; d <= 0.0301; d += 0.003) {
                double c = cost(m, d, m65, duv65, scene, skins);
                if (c < best) {
                    best = c;
                    bestM = m;
                    bestD = d;
                }
            }
        }
        double cm = bestM;
        double cd = bestD;
        for (double m = cm - 10; m <= cm + 10; m += 1) {
            for (double d = cd - 0.003; d <= cd + 0.00301; d += 0.0005) {
                double c = cost(m, d, m65, duv65, scene, skins);
                if (c < best) {
                    best = c;
                    bestM = m;
                    bestD = d;
                }
            }
        }
        Illuminant fused = at(bestM, bestD, method);
        return fused != null ? fused : scene;
    }

    private double cost(double m, double d, double m65, double duv65, Illuminant scene, List<double[]> skins) {
        // Negative log-likelihoods: a Cauchy prior, Gaussian scene and skin terms.
        double c = 2 * Math.log1p(sq((m - m65) / PRIOR_MIRED)) + 2 * Math.log1p(sq((d - duv65) / PRIOR_DUV));
        if (scene != null) {
            c += sq((m - 1e6 / scene.cct()) / SCENE_MIRED) + sq((d - scene.duv()) / SCENE_DUV);
        }
        if (!skins.isEmpty()) {
            double kelvin = 1e6 / m;
            if (kelvin < CorrelatedColorTemperature.MIN_KELVIN || kelvin > CorrelatedColorTemperature.MAX_KELVIN) {
                return Double.MAX_VALUE;
            }
            double[] xy = CorrelatedColorTemperature.chromaticity(kelvin, d);
            double[] gain = adaptation(xy[0], xy[1]);
            if (gain == null) {
                return Double.MAX_VALUE;
            }
            double[] lab = new double[3];
            for (double[] s : skins) {
                correct(s, gain, lab);
                c += locus.distance2(lab[0], lab[1], lab[2]) / (SkinLocus.SPREAD * SkinLocus.SPREAD);
            }
        }
        return c;
    }

    /**
     * The Bradford correction from a light of chromaticity (x, y) to D65 with the scale of
     * {@link WhiteBalance#toD65} (the light's white, largest linear-sRGB channel 1, becomes (1, 1, 1)),
     * as the cone-space gains and the overall scale {g_rho, g_gamma, g_beta, scale}; computed here
     * directly rather than through {@link WhiteBalance} and {@link Illuminant}, whose CCT search would
     * cost ~10 µs per candidate. Null when the light lies outside the sRGB gamut (a negative channel).
     */
    private double[] adaptation(double x, double y) {
        double wx = x / y;
        double wz = (1 - x - y) / y;
        double[] rgb = mul(xyzToRgb, wx, 1, wz);
        double max = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        if (!(rgb[0] > 0 && rgb[1] > 0 && rgb[2] > 0)) {
            return null;
        }
        double[] lms = mul(bradford, wx, 1, wz);
        return new double[] {d65Lms[0] / lms[0], d65Lms[1] / lms[1], d65Lms[2] / lms[2], max};
    }

    /** CIELAB (D65) of linear-sRGB skin {@code s} corrected with {@link #adaptation} {@code g}. */
    private void correct(double[] s, double[] g, double[] lab) {
        double[] xyz = mul(rgbToXyz, s[0], s[1], s[2]);
        double[] lms = mul(bradford, xyz[0], xyz[1], xyz[2]);
        double[] back = mul(bradfordInverse, lms[0] * g[0], lms[1] * g[1], lms[2] * g[2]);
        double[] rgb = mul(xyzToRgb, back[0] * g[3], back[1] * g[3], back[2] * g[3]);
        Colorimetry.lab(Math.max(0, rgb[0]), Math.max(0, rgb[1]), Math.max(0, rgb[2]), lab, 0);
    }

    private static double[] mul(double[] m, double a, double b, double c) {
        return new double[] {m[0] * a + m[1] * b + m[2] * c, m[3] * a + m[4] * b + m[5] * c, m[6] * a + m[7] * b + m[8] * c};
    }

    private static double[] invert(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }

    private static Illuminant at(double mired, double duv, String method) {
        double kelvin = Math.max(CorrelatedColorTemperature.MIN_KELVIN, Math.min(CorrelatedColorTemperature.MAX_KELVIN, 1e6 / mired));
        double[] xy = CorrelatedColorTemperature.chromaticity(kelvin, duv);
        // Very warm, strongly tinted lights lie outside the sRGB gamut (a negative channel): not candidates.
        double x = xy[0] / xy[1];
        double z = (1 - xy[0] - xy[1]) / xy[1];
        double r = 3.2404542 * x - 1.5371385 - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 + 0.0415560 * z;
        double b = 0.0556434 * x - 0.2040259 + 1.0572252 * z;
        return r > 0 && g > 0 && b > 0 ? Illuminant.fromChromaticity(xy[0], xy[1], method) : null;
    }

    private static double sq(double v) {
        return v * v;
    }
}
