package io.aifashion.color.space;

import io.aifashion.color.InvalidColorException;

/**
 * Linear-light RGB with the sRGB primaries and D65 white (IEC 61966-2-1), before the transfer
 * function. Components are nominally in [0, 1]; values outside mean "not displayable in sRGB" and
 * are kept (not clipped) so that conversions between spaces stay exact.
 */
public record LinearRgb(double r, double g, double b) {

    /** Half an 8-bit step, in encoded units: the rounding slack {@link #isInGamut()} allows. */
    private static final double GAMUT_SLACK = 0.5 / 255.0;

    public LinearRgb {
        if (!Double.isFinite(r) || !Double.isFinite(g) || !Double.isFinite(b)) {
            throw new InvalidColorException("rgb", r + "," + g + "," + b, "linear RGB components must be finite numbers; got " + r + ", " + g + ", " + b);
        }
    }

    /** CIE XYZ (D65, Y of white = 1). */
    public Xyz toXyz() {
        Matrix3 m = SrgbPrimaries.RGB_TO_XYZ;
        return new Xyz(m.row0(r, g, b), m.row1(r, g, b), m.row2(r, g, b));
    }

    public Lab toLab() {
        return toXyz().toLab();
    }

    /** Whether every channel, once encoded, lies within [0, 1] give or take half an 8-bit step. */
    public boolean isInGamut() {
        return inRange(SrgbTransferFunction.encode(r)) && inRange(SrgbTransferFunction.encode(g))
                && inRange(SrgbTransferFunction.encode(b));
    }

    private static boolean inRange(double encoded) {
        return encoded >= -GAMUT_SLACK && encoded <= 1.0 + GAMUT_SLACK;
    }

    /** Encoded (gamma-corrected) channels, unclipped, as {@code {r, g, b}} in nominal [0, 1]. */
    public double[] encoded() {
        return new double[] {SrgbTransferFunction.encode(r), SrgbTransferFunction.encode(g), SrgbTransferFunction.encode(b)};
    }

    /** Nearest 8-bit sRGB: encode, clip each channel to [0, 1], round to 0..255. */
    public Srgb toSrgb() {
        return new Srgb(to8Bit(r), to8Bit(g), to8Bit(b));
    }

    private static int to8Bit(double linear) {
        double encoded = SrgbTransferFunction.encode(linear);
        return (int) Math.round(Math.max(0.0, Math.min(1.0, encoded)) * 255.0);
    }
}
