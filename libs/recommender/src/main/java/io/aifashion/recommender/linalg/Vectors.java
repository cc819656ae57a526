package io.aifashion.recommender.linalg;

/**
 * Dense vector kernels over slices of {@code double[]} arrays. Matrices in this library are
 * row-major flat arrays, so a row is a slice {@code (array, offset, length)}; these loops are
 * written plainly so the JIT can vectorise them.
 */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += a[aOffset + i] * b[bOffset + i];
            s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
            s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
            s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    public static double dot(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("length mismatch: " + a.length + " vs " + b.length);
        }
        return dot(a, 0, b, 0, a.length);
    }

    /** {@code y[yOffset..] += alpha * x[xOffset..]}. */
    public static void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int length) {
        for (int i = 0; i < length; i++) {
            y[yOffset + i] += alpha * x[xOffset + i];
        }
    }
}
