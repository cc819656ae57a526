package io.aifashion.vision.raster;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.LinearRgb;
import io.aifashion.color.space.Xyz;

/**
 * The linear-sRGB to CIE XYZ matrix and its inverse, taken from the colour-science library
 * ({@link LinearRgb#toXyz()}, {@link Xyz#toLinearRgb()}) by transforming the unit vectors once,
 * so that every colour conversion in this module uses the library's constants; plus the per-pixel
 * conversions that the analysis runs in bulk.
 */
public final class Colorimetry {

    /** Row-major linear sRGB to XYZ (D65, Y of white = 1). */
    private static final double[] RGB_TO_XYZ = columns(
            new LinearRgb(1, 0, 0).toXyz(), new LinearRgb(0, 1, 0).toXyz(), new LinearRgb(0, 0, 1).toXyz());
    /** Row-major XYZ to linear sRGB. */
    private static final double[] XYZ_TO_RGB = columns(
            rgb(new Xyz(1, 0, 0).toLinearRgb()), rgb(new Xyz(0, 1, 0).toLinearRgb()), rgb(new Xyz(0, 0, 1).toLinearRgb()));

    private Colorimetry() {
    }

    private static double[] columns(Xyz c0, Xyz c1, Xyz c2) {
        return new double[] {c0.x(), c1.x(), c2.x(), c0.y(), c1.y(), c2.y(), c0.z(), c1.z(), c2.z()};
    }

    private static Xyz rgb(LinearRgb c) {
        return new Xyz(c.r(), c.g(), c.b());
    }

    /** A copy of the row-major linear-sRGB to XYZ matrix. */
    public static double[] rgbToXyz() {
        return RGB_TO_XYZ.clone();
    }

    /** A copy of the row-major XYZ to linear-sRGB matrix. */
    public static double[] xyzToRgb() {
        return XYZ_TO_RGB.clone();
    }

    /** Relative luminance Y of a linear-sRGB colour. */
    public static double luminance(double r, double g, double b) {
        return RGB_TO_XYZ[3] * r + RGB_TO_XYZ[4] * g + RGB_TO_XYZ[5] * b;
    }

    /**
     * CIELAB (D65) of a linear-sRGB colour, channels clamped to [0, 1] first (a white-balance gain
     * can push a highlight past full scale; such pixels are excluded from measurements anyway).
     */
    public static Lab lab(double r, double g, double b) {
        Xyz xyz = new LinearRgb(clamp(r), clamp(g), clamp(b)).toXyz();
        // Full-scale white computes to Y = 1 + 1e-7 with the sRGB matrix, which the Lab record
        // (L* <= 100) refuses: cap Y at the white's.
        return xyz.y() > 1.0 ? new Xyz(xyz.x(), 1.0, xyz.z()).toLab() : xyz.toLab();
    }

    /** Writes L*, a*, b* of a linear-sRGB colour (clamped to [0, 1]) to {@code out[offset..offset + 2]}. */
    public static void lab(double r, double g, double b, double[] out, int offset) {
        Lab lab = lab(r, g, b);
        out[offset] = lab.l();
        out[offset + 1] = lab.a();
        out[offset + 2] = lab.b();
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
