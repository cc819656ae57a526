package io.aifashion.color.space;

/**
 * The sRGB transfer function (the "gamma" curve) of IEC 61966-2-1:1999, section 5.2.
 *
 * <p>The standard defines a piecewise curve: a linear toe below 0.04045 (encoded) / 0.0031308
 * (linear) and a 2.4 power segment above it, offset so that the overall curve approximates a 2.2
 * gamma while staying invertible near black. We implement the curve exactly as published, not the
 * 2.2 approximation, because the round trip sRGB → CIELAB → sRGB must be lossless at 8 bits.
 *
 * <p>{@link #decode8(int)} reads a 256-entry table computed once from {@link #decode(double)}: an
 * 8-bit input has only 256 possible values, so the table is exact and replaces a {@code Math.pow}
 * per channel on the hot path (image pixels, product colours).
 */
public final class SrgbTransferFunction {

    /** Encoded-value threshold of the linear toe (IEC 61966-2-1 eq. 5). */
    private static final double ENCODED_THRESHOLD = 0.04045;
    /** Linear-value threshold of the linear toe; 0.04045 / 12.92 rounded as in the standard. */
    private static final double LINEAR_THRESHOLD = 0.0031308;

    private static final double[] DECODE_8BIT = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            DECODE_8BIT[i] = decode(i / 255.0);
        }
    }

    private SrgbTransferFunction() {
    }

    /**
     * Encoded sRGB value in [0, 1] to linear light in [0, 1] (IEC 61966-2-1 eq. 5). Values outside
     * [0, 1] are extended symmetrically so that out-of-gamut intermediates stay monotonic.
     */
    public static double decode(double encoded) {
        double magnitude = Math.abs(encoded);
        double linear = magnitude <= ENCODED_THRESHOLD
                ? magnitude / 12.92
                : Math.pow((magnitude + 0.055) / 1.055, 2.4);
        return Math.copySign(linear, encoded);
    }

    /** Linear light to encoded sRGB (inverse of {@link #decode(double)}, IEC 61966-2-1 eq. 7). */
    public static double encode(double linear) {
        double magnitude = Math.abs(linear);
        double encoded = magnitude <= LINEAR_THRESHOLD
                ? magnitude * 12.92
                : 1.055 * Math.pow(magnitude, 1.0 / 2.4) - 0.055;
        return Math.copySign(encoded, linear);
    }

    /**
     * Linear light of an 8-bit channel value, read from a precomputed table.
     *
     * @throws ArrayIndexOutOfBoundsException if {@code value} is outside 0..255 (hot path: callers
     *                                        validate once, not per pixel)
     */
    public static double decode8(int value) {
        return DECODE_8BIT[value];
    }
}
