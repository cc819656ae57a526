package io.aifashion.color.space;

/**
 * The linear-sRGB ↔ CIE XYZ (D65) matrices.
 *
 * <p>IEC 61966-2-1 prints the matrix to four decimals; we use the seven-decimal form that
 * Lindbloom derives from the same primaries (R 0.64/0.33, G 0.30/0.60, B 0.15/0.06) and the D65
 * white, so that its rows sum to {@link WhitePoint#D65} and white maps to L* = 100, a* = b* = 0.
 * The inverse is computed, not copied, so that RGB → XYZ → RGB is exact to rounding.
 */
final class SrgbPrimaries {

    static final Matrix3 RGB_TO_XYZ = new Matrix3(
            0.4124564, 0.3575761, 0.1804375,
            0.2126729, 0.7151522, 0.0721750,
            0.0193339, 0.1191920, 0.9503041);

    static final Matrix3 XYZ_TO_RGB = RGB_TO_XYZ.inverse();

    private SrgbPrimaries() {
    }
}
