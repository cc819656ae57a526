package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;

/**
 * CIE 1931 XYZ tristimulus values (CIE 15:2004 section 7), scaled so that the reference white has
 * Y = 1 (not 100).
 */
public record Xyz(double x, double y, double z) {

    public Xyz {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new InvalidColorException("xyz", x + "," + y + "," + z, "CIE XYZ components must be finite numbers; got " + x + ", " + y + ", " + z);
        }
    }

    /** CIELAB relative to D65. */
    public Lab toLab() {
        return toLab(WhitePoint.D65);
    }

    /**
     * CIELAB relative to {@code white} (CIE 15:2004 eqs. 8.3–8.9).
     *
     * @throws InvalidColorException if the colour is lighter than the white or its a*, b* leave the
     *                               accepted range (see {@link Lab})
     */
    public Lab toLab(WhitePoint white) {
        double fx = CieLab.f(x / white.x());
        double fy = CieLab.f(y / white.y());
        double fz = CieLab.f(z / white.z());
        double l = 116.0 * fy - 16.0;
        // Absorb rounding at the ends of the scale: the published 7-decimal sRGB → XYZ matrix's Y row
        // sums to 1.0000001, so linear-light white (1, 1, 1) computes to L* 100.000004; anything
        // brighter than that is genuinely lighter than the white and is refused.
        if (l > 100.0 && l < 100.0 + 1e-5) {
            l = 100.0;
        } else if (l < 0.0 && l > -1e-9) {
            l = 0.0;
        }
        return new Lab(l, 500.0 * (fx - fy), 200.0 * (fy - fz));
    }

    /** Linear-light sRGB (D65); may fall outside [0, 1] for colours sRGB cannot show. */
    public LinearRgb toLinearRgb() {
        Matrix3 m = SrgbPrimaries.XYZ_TO_RGB;
        return new LinearRgb(m.row0(x, y, z), m.row1(x, y, z), m.row2(x, y, z));
    }

    /** Convenience for {@code ChromaticAdaptation.bradford(from, to).apply(this)}. */
    public Xyz adapt(WhitePoint from, WhitePoint to) {
        return ChromaticAdaptation.bradford(from, to).apply(this);
    }
}
