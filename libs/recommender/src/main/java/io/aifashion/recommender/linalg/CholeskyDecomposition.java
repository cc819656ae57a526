package io.aifashion.recommender.linalg;

/**
 * {@code A = L·Lᵀ} for a symmetric positive-definite matrix, used for the exact f×f solves of
 * implicit ALS fold-in (one new user against fixed item factors, Hu, Koren and Volinsky 2008 §4)
 * and as the reference solver in tests.
 */
public final class CholeskyDecomposition {

    private final int n;
    private final double[] lower;

    private CholeskyDecomposition(int n, double[] lower) {
        this.n = n;
        this.lower = lower;
    }

    /** Factors a copy of the n×n row-major symmetric matrix {@code a} (only its lower triangle is read). */
    public static CholeskyDecomposition of(double[] a, int n) {
        if (a.length < n * n) {
            throw new IllegalArgumentException("need " + n * n + " values, got " + a.length);
        }
        double[] l = new double[n * n];
        factorInto(a, n, l);
        return new CholeskyDecomposition(n, l);
    }

    public static CholeskyDecomposition of(DenseMatrix a) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException("not square: " + a.rows() + "x" + a.cols());
        }
        return of(a.data(), a.rows());
    }

    /**
     * Factors {@code a} into the caller's buffer {@code l} (n×n, lower triangle written, upper
     * cleared). Allocation-free so hot loops can reuse a buffer.
     *
     * @throws IllegalArgumentException if the matrix is not (numerically) positive definite
     */
    public static void factorInto(double[] a, int n, double[] l) {
        for (int i = 0; i < n; i++) {
            int io = i * n;
            for (int j = 0; j <= i; j++) {
                int jo = j * n;
                double s = a[io + j] - Vectors.dot(l, io, l, jo, j);
                if (i == j) {
                    if (!(s > 0) || Double.isNaN(s)) {
                        throw new IllegalArgumentException("matrix is not positive definite (pivot " + i + " = " + s + ")");
                    }
                    l[io + i] = Math.sqrt(s);
                } else {
                    l[io + j] = s / l[jo + j];
                }
            }
            for (int j = i + 1; j < n; j++) {
                l[io + j] = 0;
            }
        }
    }

    /** Solves {@code L·Lᵀ·x = b} in place of {@code x} (b and x may be the same array). */
    public static void solveWith(double[] l, int n, double[] b, double[] x) {
        // forward: L y = b
        for (int i = 0; i < n; i++) {
            int io = i * n;
            x[i] = (b[i] - Vectors.dot(l, io, x, 0, i)) / l[io + i];
        }
        // backward: Lᵀ x = y
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k * n + i] * x[k];
            }
            x[i] = s / l[i * n + i];
        }
    }

    public int size() {
        return n;
    }

    public double[] solve(double[] b) {
        if (b.length != n) {
            throw new IllegalArgumentException("expected length " + n + ", got " + b.length);
        }
        double[] x = new double[n];
        solveWith(lower, n, b, x);
        return x;
    }

    /** The lower-triangular factor, as a copy. */
    public DenseMatrix lower() {
        return DenseMatrix.wrap(n, n, lower.clone());
    }
}
