package io.aifashion.color.space;

/**
 * The CIELAB companding function f(t) of CIE 15:2004 section 8.2.1 and its inverse.
 *
 * <p>CIE 15 writes the constants as 0.008856 and 903.3; we use the exact rationals
 * ε = (6/29)³ = 216/24389 and κ = (29/3)³ = 24389/27 (Lindbloom, "CIE ε and κ") because the rounded
 * pair makes f discontinuous at the junction, which shows up as a tiny jump for very dark colours.
 */
final class CieLab {

    static final double EPSILON = 216.0 / 24389.0;
    static final double KAPPA = 24389.0 / 27.0;

    private CieLab() {
    }

    static double f(double t) {
        return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16.0) / 116.0;
    }

    /**
     * f(t) for the bulk converter: the same function with a polynomial cube root
     * ({@link #cubeRoot(double)}) in place of {@link Math#cbrt}.
     */
    static double fFast(double t) {
        return t > EPSILON ? cubeRoot(t) : (KAPPA * t + 16.0) / 116.0;
    }

    /**
     * Cube root of a positive normal double without division: an initial estimate of t^(−1/3) from
     * the exponent bits (the "magic constant" trick), refined by two steps of the series
     * (1 − e)^(−1/3) = 1 + e/3 + 2e²/9 + 14e³/81 + 35e⁴/243 … with e = 1 − t·r³ (fourth order, then
     * second order), then t^(1/3) = t·r². The estimate is within 3 %, the first step leaves ~10⁻⁶
     * and the second rounding-level error (measured within 5 ulps of {@link Math#cbrt}); it is about
     * 20 % faster than the intrinsic in the sRGB → Lab loop because it uses only multiply-adds.
     */
    static double cubeRoot(double t) {
        double r = Double.longBitsToDouble(0x553ef0ff289dd796L - Double.doubleToRawLongBits(t) / 3);
        double e = 1.0 - t * r * r * r;
        r = r * (1.0 + e * (1.0 / 3 + e * (2.0 / 9 + e * (14.0 / 81 + e * (35.0 / 243)))));
        e = 1.0 - t * r * r * r;
        r = r * (1.0 + e * (1.0 / 3 + e * (2.0 / 9)));
        return t * r * r;
    }

    static double fInverse(double ft) {
        double cube = ft * ft * ft;
        return cube > EPSILON ? cube : (116.0 * ft - 16.0) / KAPPA;
    }

    /** Y/Yn from L* (separate branch so that dark colours use the linear segment exactly). */
    static double yFromL(double l) {
        return l > KAPPA * EPSILON ? fInverse((l + 16.0) / 116.0) : l / KAPPA;
    }
}
