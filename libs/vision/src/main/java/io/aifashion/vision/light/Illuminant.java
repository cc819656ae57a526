package io.aifashion.vision.light;

import io.aifashion.color.space.LinearRgb;
import io.aifashion.color.space.Xyz;

import java.util.Objects;

/**
 * A light source's colour: what a white surface looks like under it, in linear sRGB and as a
 * chromaticity with its correlated colour temperature.
 *
 * @param red    linear-sRGB red of a white surface, normalised so the largest channel is 1
 * @param green  linear-sRGB green, same normalisation
 * @param blue   linear-sRGB blue, same normalisation
 * @param x      CIE 1931 x chromaticity
 * @param y      CIE 1931 y chromaticity
 * @param cct    correlated colour temperature in kelvin (see {@link CorrelatedColorTemperature})
 * @param duv    signed distance from the Planckian locus in CIE 1960 (u, v); positive is greenish
 * @param method how it was obtained, e.g. {@code gray-edge+shades-of-gray+bright-pixels}, {@code assumed-d65}
 */
public record Illuminant(double red, double green, double blue, double x, double y, double cct, double duv, String method) {

    public Illuminant {
        Objects.requireNonNull(method, "method");
        if (!(red > 0 && green > 0 && blue > 0) || Math.max(red, Math.max(green, blue)) > 1 + 1e-9) {
            throw new IllegalArgumentException("illuminant channels must be positive with the largest equal to 1: "
                    + red + ", " + green + ", " + blue);
        }
        if (!(x > 0 && y > 0 && x + y < 1)) {
            throw new IllegalArgumentException("invalid chromaticity " + x + ", " + y);
        }
    }

    /** The sRGB white (CIE D65): every channel 1. */
    public static Illuminant d65(String method) {
        return fromLinearRgb(1, 1, 1, method);
    }

    /** The illuminant whose white surface reads (r, g, b) in linear sRGB (any positive scale). */
    public static Illuminant fromLinearRgb(double r, double g, double b, String method) {
        if (!(r > 0 && g > 0 && b > 0) || !Double.isFinite(r + g + b)) {
            throw new IllegalArgumentException("illuminant channels must be positive: " + r + ", " + g + ", " + b);
        }
        double m = Math.max(r, Math.max(g, b));
        double nr = r / m;
        double ng = g / m;
        double nb = b / m;
        Xyz xyz = new LinearRgb(nr, ng, nb).toXyz();
        double sum = xyz.x() + xyz.y() + xyz.z();
        double cx = xyz.x() / sum;
        double cy = xyz.y() / sum;
        double[] t = CorrelatedColorTemperature.of(cx, cy);
        return new Illuminant(nr, ng, nb, cx, cy, t[0], t[1], method);
    }

    /** The illuminant of chromaticity (x, y), as linear sRGB of a white surface. */
    public static Illuminant fromChromaticity(double x, double y, String method) {
        Xyz xyz = new Xyz(x / y, 1.0, (1 - x - y) / y);
        LinearRgb rgb = xyz.toLinearRgb();
        return fromLinearRgb(rgb.r(), rgb.g(), rgb.b(), method);
    }
}
