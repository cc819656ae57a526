package io.aifashion.vision.light;

import io.aifashion.color.space.ChromaticAdaptation;
import io.aifashion.color.space.WhitePoint;
import io.aifashion.vision.raster.Colorimetry;

import java.util.Objects;

/**
 * Corrects colours seen under an estimated illuminant to how they would look under CIE D65, the
 * white of sRGB: a Bradford chromatic adaptation (Lam 1985; the cone matrix used by ICC v4, as
 * implemented by the colour-science library's {@link ChromaticAdaptation}), carried into linear
 * sRGB as one 3x3 matrix {@code M = XYZ->RGB . CAT(source -> D65) . RGB->XYZ}.
 *
 * <p>Scale: the matrix maps the illuminant's own white (largest channel 1) to (1, 1, 1), so the
 * brightest channel of the light is kept and the weaker ones are raised, the convention of raw
 * converters' white-balance multipliers (the smallest multiplier is 1; e.g. dcraw). It never darkens
 * a channel and needs only the illuminant's chromaticity, not its intensity.
 */
public final class WhiteBalance {

    private final Illuminant source;
    private final double[] m;

    private WhiteBalance(Illuminant source, double[] m) {
        this.source = source;
        this.m = m;
    }

    /** The correction from {@code source} to D65. */
    public static WhiteBalance toD65(Illuminant source) {
        Objects.requireNonNull(source, "source");
        return between(source, WhitePoint.D65, false);
    }

    /**
     * The opposite direction: how D65 colours look under {@code light}, scaled so that a D65 white
     * becomes the light's white with its largest channel 1 (a camera set to daylight white balance,
     * exposed so that white just reaches full scale in its strongest channel). Used by the
     * accuracy harness to render test pictures.
     */
    public static WhiteBalance fromD65(Illuminant light) {
        Objects.requireNonNull(light, "light");
        return between(light, WhitePoint.D65, true);
    }

    private static WhiteBalance between(Illuminant light, WhitePoint d65, boolean inverse) {
        WhitePoint lightWhite = WhitePoint.fromChromaticity("estimated", light.x(), light.y());
        ChromaticAdaptation cat = inverse
                ? ChromaticAdaptation.bradford(d65, lightWhite)
                : ChromaticAdaptation.bradford(lightWhite, d65);
        double[][] c = cat.matrix();
        double[] toXyz = Colorimetry.rgbToXyz();
        double[] toRgb = Colorimetry.xyzToRgb();
        double[] cm = multiply(new double[] {c[0][0], c[0][1], c[0][2], c[1][0], c[1][1], c[1][2], c[2][0], c[2][1], c[2][2]}, toXyz);
        double[] m = multiply(toRgb, cm);
        // Scale so the light's white (max channel 1) <-> (1, 1, 1).
        double scale;
        if (inverse) {
            double[] w = apply(m, 1, 1, 1);
            scale = 1.0 / Math.max(w[0], Math.max(w[1], w[2]));
        } else {
            double[] w = apply(m, light.red(), light.green(), light.blue());
            scale = 3.0 / (w[0] + w[1] + w[2]);
        }
        for (int i = 0; i < 9; i++) {
            m[i] *= scale;
        }
        return new WhiteBalance(light, m);
    }

    /** The illuminant this corrects from (or renders to). */
    public Illuminant illuminant() {
        return source;
    }

    /** A copy of the row-major 3x3 linear-sRGB matrix. */
    public double[] matrix() {
        return m.clone();
    }

    /** Writes the corrected (r, g, b) to {@code out[0..2]}. */
    public void apply(double r, double g, double b, double[] out) {
        out[0] = m[0] * r + m[1] * g + m[2] * b;
        out[1] = m[3] * r + m[4] * g + m[5] * b;
        out[2] = m[6] * r + m[7] * g + m[8] * b;
    }

    /** Whether this is (numerically) the identity. */
    public boolean isIdentity() {
        for (int i = 0; i < 9; i++) {
            if (Math.abs(m[i] - (i % 4 == 0 ? 1 : 0)) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    private static double[] apply(double[] m, double r, double g, double b) {
        return new double[] {m[0] * r + m[1] * g + m[2] * b, m[3] * r + m[4] * g + m[5] * b, m[6] * r + m[7] * g + m[8] * b};
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }
}
