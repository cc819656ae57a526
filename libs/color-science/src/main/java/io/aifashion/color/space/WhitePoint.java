package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;

import java.util.Objects;

/**
 * A reference white as CIE XYZ tristimulus values normalised to Y = 1 (CIE 1931 2° observer).
 *
 * <p>The constants are the values tabulated by Bruce Lindbloom ("Chromatic Adaptation",
 * brucelindbloom.com), computed from the CIE 15:2004 illuminant SPDs. CIELAB is always relative
 * to a white; the library's {@link Lab} values are relative to {@link #D65} because that is the
 * white of sRGB (IEC 61966-2-1), the space every photo and product colour arrives in.
 */
public record WhitePoint(String name, double x, double y, double z) {

    /** Incandescent / tungsten (2856 K). */
    public static final WhitePoint A = new WhitePoint("A", 1.09850, 1.0, 0.35585);
    /** Horizon light, ICC profile connection space white. */
    public static final WhitePoint D50 = new WhitePoint("D50", 0.96422, 1.0, 0.82521);
    /** Mid-morning / mid-afternoon daylight. */
    public static final WhitePoint D55 = new WhitePoint("D55", 0.95682, 1.0, 0.92149);
    /** Noon daylight; the white of sRGB and of every {@link Lab} in this library. */
    public static final WhitePoint D65 = new WhitePoint("D65", 0.95047, 1.0, 1.08883);
    /** North sky daylight. */
    public static final WhitePoint D75 = new WhitePoint("D75", 0.94972, 1.0, 1.22638);
    /** Equal-energy white. */
    public static final WhitePoint E = new WhitePoint("E", 1.0, 1.0, 1.0);
    /** Cool white fluorescent. */
    public static final WhitePoint F2 = new WhitePoint("F2", 0.99187, 1.0, 0.67395);
    /** Broad-band daylight fluorescent. */
    public static final WhitePoint F7 = new WhitePoint("F7", 0.95044, 1.0, 1.08755);
    /** Narrow-band white fluorescent (TL84-like shop lighting). */
    public static final WhitePoint F11 = new WhitePoint("F11", 1.00966, 1.0, 0.64370);

    public WhitePoint {
        Objects.requireNonNull(name, "name");
        if (!(x > 0 && y > 0 && z > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new InvalidColorException("whitePoint", x + "," + y + "," + z,
                    "white point " + name + " must have finite positive X, Y, Z; got " + x + ", " + y + ", " + z);
        }
    }

    /** The white as an {@link Xyz} value. */
    public Xyz toXyz() {
        return new Xyz(x, y, z);
    }

    /**
     * A white point from CIE 1931 xy chromaticity coordinates (e.g. an estimated scene illuminant),
     * normalised to Y = 1.
     */
    public static WhitePoint fromChromaticity(String name, double cx, double cy) {
        if (!(cx > 0 && cy > 0 && cx + cy < 1)) {
            throw new InvalidColorException("whitePoint", cx + "," + cy,
                    "chromaticity (" + cx + ", " + cy + ") is not a valid white: x and y must be positive with x + y < 1");
        }
        return new WhitePoint(name, cx / cy, 1.0, (1 - cx - cy) / cy);
    }
}
