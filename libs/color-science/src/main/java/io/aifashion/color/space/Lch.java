package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;

/**
 * CIE LCh(ab): CIELAB in cylindrical coordinates (CIE 15:2004 eqs. 8.13–8.14) — lightness L*,
 * chroma C*ab and hue angle h_ab in degrees. Palettes and harmonies are built here because
 * "lighter", "more muted" and "rotate the hue" are one-coordinate operations in LCh.
 *
 * <p>The hue is normalised into [0, 360) by the constructor, so {@code new Lch(50, 20, -30)} and
 * {@code new Lch(50, 20, 330)} are equal.
 */
public record Lch(double l, double c, double h) {

    /** Largest accepted chroma: the corner of the accepted a*, b* square, √2 × 200. */
    public static final double MAX_CHROMA = Lab.MAX_AB * Math.sqrt(2.0);

    public Lch {
        if (!Double.isFinite(l) || l < 0.0 || l > 100.0) {
            throw new InvalidColorException("lch.l", Double.toString(l), "LCh lightness must be a number in [0, 100]; got " + l);
        }
        if (!Double.isFinite(c) || c < 0.0 || c > MAX_CHROMA) {
            throw new InvalidColorException("lch.c", Double.toString(c), "LCh chroma must be a number in [0, 282.8]; got " + c);
        }
        if (!Double.isFinite(h)) {
            throw new InvalidColorException("lch.h", Double.toString(h), "LCh hue must be a finite angle in degrees; got " + h);
        }
        h = h % 360.0;
        if (h < 0) {
            h += 360.0;
        }
        if (h >= 360.0) {
            h = 0.0;
        }
        h += 0.0; // −0.0 → 0.0, so that equal hues compare equal
    }

    public static Lch of(double l, double c, double h) {
        return new Lch(l, c, h);
    }

    /** Back to rectangular CIELAB. */
    public Lab toLab() {
        double rad = Math.toRadians(h);
        double a = c * Math.cos(rad);
        double b = c * Math.sin(rad);
        // Clamp the rectangle for chroma between 200 and 282.8 at awkward hues; such colours are
        // far outside every real gamut anyway.
        return new Lab(l, Math.max(-Lab.MAX_AB, Math.min(Lab.MAX_AB, a)), Math.max(-Lab.MAX_AB, Math.min(Lab.MAX_AB, b)));
    }

    public Lch withLightness(double lightness) {
        return new Lch(lightness, c, h);
    }

    public Lch withChroma(double chroma) {
        return new Lch(l, chroma, h);
    }

    public Lch withHue(double hue) {
        return new Lch(l, c, hue);
    }

    /** This colour with its hue rotated by {@code degrees} (positive = counter-clockwise, a* → b*). */
    public Lch rotate(double degrees) {
        return new Lch(l, c, h + degrees);
    }

    /**
     * The most chromatic colour with this lightness and hue, at most this chroma, that sRGB can
     * display (bisection on chroma, which keeps L* and h fixed — the perceptually honest way to bring
     * a colour into gamut, rather than clipping RGB channels, which shifts hue).
     */
    public Lch clampToSrgb() {
        if (toLab().isInSrgbGamut()) {
            return this;
        }
        double lo = 0.0;
        double hi = c;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (new Lch(l, mid, h).toLab().isInSrgbGamut()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Lch(l, lo, h);
    }

    /** Signed smallest difference {@code to − from} between two hue angles, in (−180, 180]. */
    public static double hueDifference(double from, double to) {
        double d = (to - from) % 360.0;
        if (d > 180.0) {
            d -= 360.0;
        } else if (d <= -180.0) {
            d += 360.0;
        }
        return d;
    }
}
