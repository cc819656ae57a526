package io.aifashion.catalog.domain.search;

import io.aifashion.color.space.Lab;
import java.util.Arrays;

/**
 * A uniform grid over CIELAB: cubes of {@value #SIZE} units of L*, a* and b*, each named by one
 * integer. Every product colour is stored with the cell it falls in (a B-tree key), so that "every
 * colour within CIE76 distance r of q" is the colours of the cells whose nearest point is within r
 * of q: a handful of B-tree lookups instead of a k-nearest-neighbour walk of a GiST index, which
 * computes the distance to every entry of every page it visits (docs/catalog.md, "Colour search").
 * <p>
 * The cell is computed from the stored CIELAB doubles, in Java when a colour is written and in SQL
 * by the migration that introduced it ({@code V6__colour_grid.sql}); {@code floor(x / 2)} is exact
 * in both (division by a power of two), so both agree on every colour.
 */
public final class LabGrid {

    /**
     * Edge of a cell in CIELAB units. With a million products a search typically needs the colours
     * within 3–7 units of the query; cells of 2 read about two index entries per colour it needs,
     * cells of 4 three to four (measured on the 1M-product catalogue), and smaller cells mean more
     * lookups per search.
     */
    public static final double SIZE = 2.0;
    /** Offset that keeps a*, b* ≥ −128 (every sRGB colour lies within ±108) at a non-negative index. */
    private static final int AB_OFFSET = 64;
    private static final int BITS = 7;
    private static final int MAX_INDEX = (1 << BITS) - 1;
    private static final double EDGE_SLACK = 1e-6;

    private LabGrid() {
    }

    /** The cell holding a colour. */
    public static int cellOf(double l, double a, double b) {
        return pack(index(l, 0), index(a, AB_OFFSET), index(b, AB_OFFSET));
    }

    public static int cellOf(Lab lab) {
        return cellOf(lab.l(), lab.a(), lab.b());
    }

    private static int index(double v, int offset) {
        int i = (int) Math.floor(v / SIZE) + offset;
        if (i < 0 || i > MAX_INDEX) {
            throw new IllegalArgumentException("CIELAB coordinate outside the colour grid: " + v);
        }
        return i;
    }

    private static int pack(int li, int ai, int bi) {
        return (li << (2 * BITS)) | (ai << BITS) | bi;
    }

    /**
     * The cells whose nearest point lies at a distance in {@code (inner, outer]} from {@code q}
     * (with {@code inner < 0}: in {@code [0, outer]}), in ascending key order. Together, the shells
     * of radii r₀ < r₁ < … < rₖ hold every colour within rₖ of q.
     */
    public static int[] shell(Lab q, double inner, double outer) {
        // The box searched is a cell wider than the ball on each side: which shell a cell belongs
        // to is decided by its (slightly rounded-down) distance alone, so a cell just outside the
        // ball's bounding box can still belong to this shell and must not be skipped.
        double reach = outer + SIZE;
        int[] lo = {lowIndex(q.l(), reach, 0), lowIndex(q.a(), reach, AB_OFFSET), lowIndex(q.b(), reach, AB_OFFSET)};
        int[] hi = {highIndex(q.l(), reach, 0), highIndex(q.a(), reach, AB_OFFSET), highIndex(q.b(), reach, AB_OFFSET)};
        double innerSquared = inner < 0 ? -1 : inner * inner;
        double outerSquared = outer * outer;
        int[] cells = new int[16];
        int n = 0;
        for (int li = lo[0]; li <= hi[0]; li++) {
            double dl = gap(q.l(), li, 0);
            for (int ai = lo[1]; ai <= hi[1]; ai++) {
                double da = gap(q.a(), ai, AB_OFFSET);
                double dla = dl * dl + da * da;
                if (dla > outerSquared) {
                    continue;
                }
                for (int bi = lo[2]; bi <= hi[2]; bi++) {
                    double db = gap(q.b(), bi, AB_OFFSET);
                    double d2 = dla + db * db;
                    if (d2 <= outerSquared && d2 > innerSquared) {
                        if (n == cells.length) {
                            cells = Arrays.copyOf(cells, 2 * n);
                        }
                        cells[n++] = pack(li, ai, bi);
                    }
                }
            }
        }
        return Arrays.copyOf(cells, n);
    }

    private static int lowIndex(double v, double r, int offset) {
        return Math.max(0, (int) Math.floor((v - r) / SIZE) + offset);
    }

    private static int highIndex(double v, double r, int offset) {
        return Math.min(MAX_INDEX, (int) Math.floor((v + r) / SIZE) + offset);
    }

    /**
     * Distance along one axis from {@code v} to the nearest point of the cell with index {@code i},
     * rounded down by {@value #EDGE_SLACK}: a colour on the cell's edge must never be judged farther
     * than it is, whatever the rounding of this arithmetic or of a stored Lab value (written by an
     * earlier build of the same conversion) against the recomputed one.
     */
    private static double gap(double v, int i, int offset) {
        double from = (i - offset) * SIZE;
        double to = from + SIZE;
        double gap = v < from ? from - v : v > to ? v - to : 0;
        return Math.max(0, gap - EDGE_SLACK);
    }
}
