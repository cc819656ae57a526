package io.aifashion.color.space;

/**
 * The hot path from 8-bit sRGB to CIELAB (D65), for image pixels and product colours in bulk.
 *
 * <p>Why a separate class: per pixel it avoids every allocation and every {@code Math.pow}. The
 * transfer function is a 256-entry table ({@link SrgbTransferFunction#decode8(int)}), the division
 * by the white point is folded into the RGB → XYZ matrix, leaving nine multiply-adds and three cube
 * roots, which use a division-free polynomial ({@code CieLab.cubeRoot}). Results equal {@code srgb.toLinear().toXyz().toLab()} to within floating-point rounding.
 */
public final class LabConverter {

    /** RGB → XYZ with each row divided by the D65 white component, i.e. RGB → (X/Xn, Y/Yn, Z/Zn). */
    private static final Matrix3 RGB_TO_XYZ_OVER_WHITE = SrgbPrimaries.RGB_TO_XYZ.scaleRows(
            1.0 / WhitePoint.D65.x(), 1.0 / WhitePoint.D65.y(), 1.0 / WhitePoint.D65.z());

    private static final double M00 = RGB_TO_XYZ_OVER_WHITE.m00();
    private static final double M01 = RGB_TO_XYZ_OVER_WHITE.m01();
    private static final double M02 = RGB_TO_XYZ_OVER_WHITE.m02();
    private static final double M10 = RGB_TO_XYZ_OVER_WHITE.m10();
    private static final double M11 = RGB_TO_XYZ_OVER_WHITE.m11();
    private static final double M12 = RGB_TO_XYZ_OVER_WHITE.m12();
    private static final double M20 = RGB_TO_XYZ_OVER_WHITE.m20();
    private static final double M21 = RGB_TO_XYZ_OVER_WHITE.m21();
    private static final double M22 = RGB_TO_XYZ_OVER_WHITE.m22();

    private LabConverter() {
    }

    /** CIELAB of an 8-bit sRGB colour. Channels must be 0..255. */
    public static Lab toLab(int red, int green, int blue) {
        double[] lab = new double[3];
        toLab(red, green, blue, lab, 0);
        return finish(lab);
    }

    /** CIELAB of a packed {@code 0xRRGGBB} colour (alpha ignored). */
    public static Lab toLab(int packedRgb) {
        return toLab((packedRgb >>> 16) & 0xff, (packedRgb >>> 8) & 0xff, packedRgb & 0xff);
    }

    /**
     * Writes L*, a*, b* of a packed {@code 0xRRGGBB} colour to {@code out[offset..offset+2]} with no
     * allocation and no validation (the inputs are 8-bit, so the result is always a valid Lab).
     */
    public static void toLab(int packedRgb, double[] out, int offset) {
        toLab((packedRgb >>> 16) & 0xff, (packedRgb >>> 8) & 0xff, packedRgb & 0xff, out, offset);
    }

    /** Bulk form: {@code out} receives three doubles (L*, a*, b*) per input pixel. */
    public static void toLab(int[] packedRgb, double[] out) {
        if (out.length < 3 * packedRgb.length) {
            throw new IllegalArgumentException("output array holds " + out.length + " doubles; need " + 3 * packedRgb.length);
        }
        for (int i = 0; i < packedRgb.length; i++) {
            toLab(packedRgb[i], out, 3 * i);
        }
    }

    /** Writes L*, a*, b* of the 8-bit colour (r, g, b) to {@code out[offset..offset+2]}. */
    public static void toLab(int red, int green, int blue, double[] out, int offset) {
        double r = SrgbTransferFunction.decode8(red);
        double g = SrgbTransferFunction.decode8(green);
        double b = SrgbTransferFunction.decode8(blue);
        double fx = CieLab.fFast(M00 * r + M01 * g + M02 * b);
        double fy = CieLab.fFast(M10 * r + M11 * g + M12 * b);
        double fz = CieLab.fFast(M20 * r + M21 * g + M22 * b);
        out[offset] = 116.0 * fy - 16.0;
        out[offset + 1] = 500.0 * (fx - fy);
        out[offset + 2] = 200.0 * (fy - fz);
    }

    private static Lab finish(double[] lab) {
        // White computes to L* = 100 + 1 ulp; keep the record's [0, 100] contract.
        return new Lab(Math.min(100.0, Math.max(0.0, lab[0])), lab[1], lab[2]);
    }
}
