package io.aifashion.recommender.data;

import java.util.Arrays;

/**
 * An immutable compressed-sparse-row matrix of floats: row r owns the entries
 * {@code offsets[r] .. offsets[r+1]-1}, whose column indices are strictly increasing. Its
 * {@link #transpose()} is the same matrix in compressed-sparse-column form.
 */
public final class SparseRows {

    private final int rows;
    private final int cols;
    private final int[] offsets;
    private final int[] indices;
    private final float[] values;

    private SparseRows(int rows, int cols, int[] offsets, int[] indices, float[] values) {
        this.rows = rows;
        this.cols = cols;
        this.offsets = offsets;
        this.indices = indices;
        this.values = values;
    }

    /**
     * Validates and wraps the arrays (they must not be modified afterwards).
     *
     * @throws IllegalArgumentException if offsets are not monotone or a row's columns are not
     *                                  strictly increasing and within {@code [0, cols)}
     */
    public static SparseRows of(int rows, int cols, int[] offsets, int[] indices, float[] values) {
        if (offsets.length != rows + 1 || offsets[0] != 0 || offsets[rows] != indices.length || indices.length != values.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        for (int r = 0; r < rows; r++) {
            if (offsets[r + 1] < offsets[r]) {
                throw new IllegalArgumentException("offsets decrease at row " + r);
            }
            int previous = -1;
            for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                int c = indices[k];
                if (c <= previous || c >= cols) {
                    throw new IllegalArgumentException("row " + r + ": column " + c + " out of order or range");
                }
                previous = c;
            }
        }
        return new SparseRows(rows, cols, offsets, indices, values);
    }

    public static SparseRows empty(int rows, int cols) {
        return new SparseRows(rows, cols, new int[rows + 1], new int[0], new float[0]);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nonZeros() {
        return indices.length;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int end(int row) {
        return offsets[row + 1];
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** Column index of the k-th stored entry. */
    public int index(int k) {
        return indices[k];
    }

    /** Value of the k-th stored entry. */
    public float value(int k) {
        return values[k];
    }

    /** The column indices of one row, as a copy. */
    public int[] rowIndices(int row) {
        return Arrays.copyOfRange(indices, offsets[row], offsets[row + 1]);
    }

    /** The values of one row, as a copy. */
    public float[] rowValues(int row) {
        return Arrays.copyOfRange(values, offsets[row], offsets[row + 1]);
    }

    /** The stored value at (row, col), or 0. */
    public float get(int row, int col) {
        int k = Arrays.binarySearch(indices, offsets[row], offsets[row + 1], col);
        return k >= 0 ? values[k] : 0f;
    }

    public boolean contains(int row, int col) {
        return Arrays.binarySearch(indices, offsets[row], offsets[row + 1], col) >= 0;
    }

    /** The same matrix with rows and columns swapped (a counting sort, O(nnz)). */
    public SparseRows transpose() {
        int[] counts = new int[cols + 1];
        for (int c : indices) {
            counts[c + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            counts[c + 1] += counts[c];
        }
        int[] tOffsets = counts.clone();
        int[] cursor = Arrays.copyOf(counts, cols);
        int[] tIndices = new int[indices.length];
        float[] tValues = new float[values.length];
        for (int r = 0; r < rows; r++) {
            for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                int slot = cursor[indices[k]]++;
                tIndices[slot] = r;
                tValues[slot] = values[k];
            }
        }
        return new SparseRows(cols, rows, tOffsets, tIndices, tValues);
    }

    /** The same pattern with every value set to 1. */
    public SparseRows binarized() {
        float[] ones = new float[values.length];
        Arrays.fill(ones, 1f);
        return new SparseRows(rows, cols, offsets, indices, ones);
    }
}
