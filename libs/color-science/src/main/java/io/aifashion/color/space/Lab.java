package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;

/**
 * A CIE 1976 L*a*b* colour (CIE 15:2004 section 8.2.1) relative to the {@link WhitePoint#D65} white.
 *
 * <p>Validation: L* must lie in [0, 100] (0 is black, 100 the reference white; a surface colour can
 * be neither darker nor lighter) and a*, b* in [−{@value #MAX_AB}, {@value #MAX_AB}]. The optimal
 * colour solid under D65 stays well inside ±{@value #MAX_AB}, so anything beyond is a unit or
 * scaling mistake by the caller (for example 8-bit OpenCV Lab, where L is scaled to 0..255 and a, b
 * are offset by 128), which we report rather than silently compute with.
 */
public record Lab(double l, double a, double b) {

    /** Largest accepted |a*| and |b*|. */
    public static final double MAX_AB = 200.0;

    public Lab {
        if (!Double.isFinite(l) || l < 0.0 || l > 100.0) {
            throw new InvalidColorException("lab.l", Double.toString(l),
                    "CIELAB L* must be a number in [0, 100]; got " + l);
        }
        if (!Double.isFinite(a) || Math.abs(a) > MAX_AB) {
            throw new InvalidColorException("lab.a", Double.toString(a),
                    "CIELAB a* must be a number in [-200, 200]; got " + a);
        }
        if (!Double.isFinite(b) || Math.abs(b) > MAX_AB) {
            throw new InvalidColorException("lab.b", Double.toString(b),
                    "CIELAB b* must be a number in [-200, 200]; got " + b);
        }
    }

    /** Factory spelled like the other value types. */
    public static Lab of(double l, double a, double b) {
        return new Lab(l, a, b);
    }

    /** Chroma C*ab = √(a*² + b*²) (CIE 15:2004 eq. 8.13). */
    public double chroma() {
        return Math.sqrt(a * a + b * b);
    }

    /** Hue angle h_ab in degrees, [0, 360); 0 for a neutral (a* = b* = 0). CIE 15:2004 eq. 8.14. */
    public double hue() {
        if (a == 0.0 && b == 0.0) {
            return 0.0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360.0 : h;
    }

    /** The same colour in cylindrical LCh(ab) form. */
    public Lch toLch() {
        return new Lch(l, chroma(), hue());
    }

    /** CIE XYZ relative to D65 (Y of the white = 1). */
    public Xyz toXyz() {
        return toXyz(WhitePoint.D65);
    }

    /** CIE XYZ, interpreting this Lab as relative to {@code white}. */
    public Xyz toXyz(WhitePoint white) {
        double fy = (l + 16.0) / 116.0;
        double fx = fy + a / 500.0;
        double fz = fy - b / 200.0;
        return new Xyz(white.x() * CieLab.fInverse(fx), white.y() * CieLab.yFromL(l), white.z() * CieLab.fInverse(fz));
    }

    /** Linear-light sRGB; components outside [0, 1] mean the colour is outside the sRGB gamut. */
    public LinearRgb toLinearRgb() {
        return toXyz().toLinearRgb();
    }

    /**
     * The nearest displayable 8-bit sRGB colour (each channel clipped to [0, 1], then rounded).
     * Use {@link #isInSrgbGamut()} first when clipping would matter.
     */
    public Srgb toSrgb() {
        return toLinearRgb().toSrgb();
    }

    /** {@code #rrggbb} of {@link #toSrgb()}. */
    public String toHex() {
        return toSrgb().toHex();
    }

    /** Whether the colour is displayable in sRGB, allowing half an 8-bit step of rounding. */
    public boolean isInSrgbGamut() {
        return toLinearRgb().isInGamut();
    }
}
