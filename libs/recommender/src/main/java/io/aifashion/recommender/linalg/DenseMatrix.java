package io.aifashion.recommender.linalg;

import io.aifashion.recommender.concurrent.ParallelLoop;

import java.util.Arrays;

/**
 * A row-major dense matrix of doubles. Mutable on purpose — it is the working storage of the
 * trainers — and never exposed from an immutable model without a copy.
 */
public final class DenseMatrix {

    private final int rows;
    private final int cols;
    private final double[] data;

    public DenseMatrix(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative dimension " + rows + "x" + cols);
        }
        if ((long) rows * cols > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("matrix " + rows + "x" + cols + " does not fit in one array");
        }
        this.rows = rows;
        this.cols = cols;
        this.data = new double[rows * cols];
    }

    private DenseMatrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Wraps (does not copy) a row-major array. */
    public static DenseMatrix wrap(int rows, int cols, double[] data) {
        if (data.length != rows * cols) {
            throw new IllegalArgumentException("expected " + rows * cols + " values, got " + data.length);
        }
        return new DenseMatrix(rows, cols, data);
    }

    public static DenseMatrix identity(int n) {
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] = 1;
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing array (row-major); callers in this library write through it deliberately. */
    public double[] data() {
        return data;
    }

    public double get(int r, int c) {
        return data[r * cols + c];
    }

    public void set(int r, int c, double v) {
        data[r * cols + c] = v;
    }

    public int offset(int row) {
        return row * cols;
    }

    public DenseMatrix copy() {
        return new DenseMatrix(rows, cols, data.clone());
    }

    public DenseMatrix multiply(DenseMatrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "x" + cols + " by " + other.rows + "x" + other.cols);
        }
        DenseMatrix out = new DenseMatrix(rows, other.cols);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double a = data[i * cols + k];
                if (a != 0) {
                    Vectors.axpy(a, other.data, k * other.cols, out.data, i * other.cols, other.cols);
                }
            }
        }
        return out;
    }

    public DenseMatrix transpose() {
        DenseMatrix t = new DenseMatrix(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t.data[j * rows + i] = data[i * cols + j];
            }
        }
        return t;
    }

    /**
     * The Gramian {@code AᵀA} (cols × cols). Rows are summed in fixed chunks whose partial sums are
     * added in chunk order, so the result is bit-for-bit the same for any thread count.
     */
    public DenseMatrix gramian(ParallelLoop loop) {
        int f = cols;
        int chunkRows = 1024;
        int chunks = (rows + chunkRows - 1) / chunkRows;
        double[][] partial = new double[chunks][];
        loop.forEach(chunks, c -> {
            double[] g = new double[f * f];
            int end = Math.min(rows, (c + 1) * chunkRows);
            for (int r = c * chunkRows; r < end; r++) {
                int ro = r * f;
                for (int a = 0; a < f; a++) {
                    double v = data[ro + a];
                    if (v != 0) {
                        // upper triangle only; mirrored below
                        Vectors.axpy(v, data, ro + a, g, a * f + a, f - a);
                    }
                }
            }
            partial[c] = g;
        });
        double[] g = new double[f * f];
        for (double[] p : partial) {
            for (int i = 0; i < g.length; i++) {
                g[i] += p[i];
            }
        }
        for (int a = 0; a < f; a++) {
            for (int b = a + 1; b < f; b++) {
                g[b * f + a] = g[a * f + b];
            }
        }
        return new DenseMatrix(f, f, g);
    }

    /** Largest absolute element-wise difference, for tests and sanity checks. */
    public double maxAbsDifference(DenseMatrix other) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("dimension mismatch");
        }
        double m = 0;
        for (int i = 0; i < data.length; i++) {
            m = Math.max(m, Math.abs(data[i] - other.data[i]));
        }
        return m;
    }

    @Override
    public String toString() {
        return "DenseMatrix[" + rows + "x" + cols + "]" + (data.length <= 16 ? Arrays.toString(data) : "");
    }
}
