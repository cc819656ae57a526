package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.search.CandidateStream;
import io.aifashion.catalog.domain.search.ColourCandidate;
import io.aifashion.catalog.domain.search.ColourCandidates;
import io.aifashion.catalog.domain.search.ColourTolerance;
import io.aifashion.catalog.domain.search.LabGrid;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Product colours nearest-first by CIE76 distance, from two indexes:
 * <ul>
 *   <li>without a category, from the CIELAB grid ({@link LabGrid}, {@code product_colour_cell_idx}):
 *       shells of cells around the query, read one B-tree scan per shell (see {@code GridStream});</li>
 *   <li>within a category, and beyond the grid's last shell, from a GiST index on a {@code lab}
 *       cube: PostgreSQL's k-nearest-neighbour index scan ({@code ORDER BY ... <-> ...}) returns
 *       colours in distance order without sorting — the distinct colours' index, joined in the
 *       same statement to {@code product_colour} (by its rgb index, a nested loop that keeps the
 *       order), or the (category, colour) index for a category, whose colours the tolerance admits
 *       are looked up a page at a time ({@code CategoryStream}). The query runs as a declared cursor inside the caller's read-only
 *       transaction, which does two things: the planner optimises for the first rows
 *       ({@code cursor_tuple_fraction}) and so always picks the index scan rather than "scan and
 *       sort everything", and rows are fetched a page at a time (growing pages), so a search that
 *       stops after a few hundred candidates reads only those.</li>
 * </ul>
 */
public class PgColourCandidates implements ColourCandidates {

    static final int FIRST_FETCH = 128;
    static final int MAX_FETCH = 4096;
    /**
     * A category's colours are fetched in smaller pages: most are left out, so a page's colours
     * yield few candidates, and what a page reads beyond the point where the search stops (its k-th
     * best narrowing the reach) is wasted — ~3 µs per colour on the GiST scan.
     */
    static final int MAX_CATEGORY_FETCH = 512;

    private static final String DISTANCE = "c.lab <-> cube(array[?, ?, ?]::float8[])";
    /**
     * The colour's coordinates taken from the indexed cube rather than the l, a, b columns, so
     * that both scans are index-only (V3__colour_index_only_scans.sql); the values are the same
     * float8s.
     */
    private static final String COLUMNS = "pc.product_id, cube_ll_coord(c.lab, 1), cube_ll_coord(c.lab, 2),"
            + " cube_ll_coord(c.lab, 3), ";

    private final DataSource dataSource;

    public PgColourCandidates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Grid shells are read out to these radii (CIE76 units), each half as wide again as the last;
     * a search needing colours beyond the last continues on the GiST index (docs/catalog.md).
     */
    static final double[] GRID_RADII = {4, 6, 9, 13.5, 20.25};
    /**
     * Where the GiST walk takes over, it skips what the grid already delivered — all colours
     * within the last grid radius — less this margin, as PostgreSQL's cube distance and Java's may
     * differ in the last bits. A colour delivered twice is harmless: the search keeps each
     * product's best colour once.
     */
    static final double SEAM = 1e-6;

    @Override
    public CandidateStream nearest(ColourTolerance tolerance, String category) {
        return category == null ? new GridStream(tolerance.query()) : new CategoryStream(tolerance, category);
    }

    /**
     * Product colours nearest-first from the GiST index of every distinct colour, joined to their
     * products.
     */
    private Stream cursor(Lab query) {
        String cursor = declare("select " + COLUMNS + DISTANCE + " from colour c join product_colour pc on pc.rgb = c.rgb"
                + " order by " + DISTANCE, query, null);
        return new Stream(cursor);
    }

    /**
     * Declares a cursor in the caller's transaction for a nearest-first scan ({@code ?} for the
     * query colour twice, and for the category between them when there is one); returns its name.
     */
    private String declare(String select, Lab query, String category) {
        String cursor = "colour_scan_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Connection con = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement declare = con.prepareStatement("declare " + cursor + " no scroll cursor for " + select)) {
            int i = setLab(declare, 1, query);
            if (category != null) {
                declare.setString(i++, category);
            }
            setLab(declare, i, query);
            declare.execute();
            return cursor;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("colour index scan failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** Reads one row of a cursor page; false ends the stream there. */
    @FunctionalInterface
    private interface RowReader {
        boolean read(ResultSet rs) throws SQLException;
    }

    /**
     * A declared cursor read in growing pages (from {@link #FIRST_FETCH} rows up to a maximum),
     * handing out the candidates each page yields; closing it closes the cursor and releases the
     * transaction's connection.
     */
    private abstract class CursorStream implements CandidateStream {
        final Connection con;
        final ArrayDeque<ColourCandidate> page = new ArrayDeque<>();
        private final String cursor;
        private final int maxFetch;
        private int fetch = FIRST_FETCH;
        private boolean exhausted;

        CursorStream(String cursor, int maxFetch) {
            this.cursor = cursor;
            this.maxFetch = maxFetch;
            this.con = DataSourceUtils.getConnection(dataSource);
        }

        /** Reads the next page into {@link #page}, through {@link #readPage}. */
        abstract void fill();

        /** Fetches the next page, handing each row to the reader until it declines one. */
        final void readPage(RowReader reader) {
            try (Statement s = con.createStatement();
                 ResultSet rs = s.executeQuery("fetch forward " + fetch + " from " + cursor)) {
                int n = 0;
                while (rs.next()) {
                    n++;
                    if (!reader.read(rs)) {
                        exhausted = true;
                        break;
                    }
                }
                exhausted |= n < fetch;
                fetch = Math.min(maxFetch, fetch * 2);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("colour index scan failed: " + e.getMessage(), e);
            }
        }

        @Override
        public final boolean hasNext() {
            while (page.isEmpty() && !exhausted) {
                fill();
            }
            return !page.isEmpty();
        }

        @Override
        public final ColourCandidate next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.poll();
        }

        @Override
        public final void close() {
            try (Statement s = con.createStatement()) {
                s.execute("close " + cursor);
            } catch (SQLException ignored) {
                // the transaction ends right after and closes the cursor with it
            } finally {
                DataSourceUtils.releaseConnection(con, dataSource);
            }
        }
    }

    /**
     * A category's product colours nearest-first: its distinct colours from the (category, colour)
     * GiST index ({@code colour_category}), of which only those the tolerance admits are looked up
     * in {@code product_colour} (one query per page of colours), and no further than the tolerance
     * can reach. Joining every colour to its products, as the scan did before, cost a lookup per
     * colour — most of a search's time when the tolerance's CIE76 reach holds thousands of a
     * category's colours of which a few hundred are within its ΔE00 ("jeans near #6f6497": 12,700
     * colours read, 96 of its 132 ms in the join). The colours left out are exactly those the search
     * would discard (ColourSearch tests the same ΔE00 against the same tolerance, or against its k-th
     * best once it has k, which it passes on through {@link #narrowTo}), so the result is the same;
     * the stream ends where the search would stop.
     */
    private final class CategoryStream extends CursorStream {
        private final ColourTolerance tolerance;
        private final String category;
        /** The largest ΔE00 the search still keeps: the tolerance, then its k-th best. */
        private double threshold;

        CategoryStream(ColourTolerance tolerance, String category) {
            super(declare("select c.rgb, cube_ll_coord(c.lab, 1), cube_ll_coord(c.lab, 2),"
                    + " cube_ll_coord(c.lab, 3), " + DISTANCE + " from colour_category c where c.category_key = ?"
                    + " order by " + DISTANCE, tolerance.query(), category), MAX_CATEGORY_FETCH);
            this.tolerance = tolerance;
            this.threshold = tolerance.maxDeltaE();
            this.category = category;
        }

        private record Admitted(int rgb, double l, double a, double b, double distance) {
        }

        @Override
        public void narrowTo(double deltaE) {
            threshold = Math.min(threshold, deltaE);
        }

        @Override
        void fill() {
            List<Admitted> admitted = new ArrayList<>();
            readPage(rs -> {
                double distance = rs.getDouble(5);
                if (!tolerance.mayReach(distance, threshold)) {
                    return false;
                }
                double l = rs.getDouble(2);
                double a = rs.getDouble(3);
                double b = rs.getDouble(4);
                if (tolerance.deltaE(l, a, b) <= threshold) {
                    admitted.add(new Admitted(rs.getInt(1), l, a, b, distance));
                }
                return true;
            });
            if (admitted.isEmpty()) {
                return;
            }
            Map<Integer, List<UUID>> products = new HashMap<>();
            try (PreparedStatement ps = con.prepareStatement("select rgb, product_id from product_colour"
                    + " where rgb = any(?) and ? = any(category_keys) order by rgb, product_id")) {
                ps.setArray(1, con.createArrayOf("integer", admitted.stream().map(Admitted::rgb).distinct().toArray()));
                ps.setString(2, category);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        products.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                                .add(rs.getObject(2, UUID.class));
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("colour products lookup failed: " + e.getMessage(), e);
            }
            for (Admitted c : admitted) {
                for (UUID product : products.getOrDefault(c.rgb(), List.of())) {
                    page.add(new ColourCandidate(product, c.l(), c.a(), c.b(), c.distance()));
                }
            }
        }
    }

    private static int setLab(PreparedStatement ps, int i, Lab lab) throws SQLException {
        ps.setDouble(i, lab.l());
        ps.setDouble(i + 1, lab.a());
        ps.setDouble(i + 2, lab.b());
        return i + 3;
    }

    /** Product colours of the distinct colours' GiST scan joined to their products, as the cursor yields them. */
    private final class Stream extends CursorStream {

        Stream(String cursor) {
            super(cursor, MAX_FETCH);
        }

        @Override
        void fill() {
            readPage(rs -> page.add(new ColourCandidate(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getDouble(3),
                    rs.getDouble(4), rs.getDouble(5))));
        }
    }

    /**
     * Product colours nearest-first from the CIELAB grid ({@link LabGrid}): each round reads the
     * cells of the next shell around the query in one index-only scan of
     * {@code product_colour_cell_idx}, after which every colour within the shell's outer radius is
     * known and those are handed out in distance order; colours read beyond it wait for the next
     * round. Past the last radius the GiST walk continues (rare: the bound needs that far only for
     * wide tolerances or sparse neighbourhoods).
     */
    private final class GridStream implements CandidateStream {
        private final Lab query;
        private final PriorityQueue<ColourCandidate> pending =
                new PriorityQueue<>(Comparator.comparingDouble(ColourCandidate::distance));
        /** Every colour within this distance has been read. */
        private double covered = -1;
        private int round;
        private Stream gist;
        private ColourCandidate next;

        GridStream(Lab query) {
            this.query = query;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (gist != null) {
                    if (!gist.hasNext()) {
                        return false;
                    }
                    ColourCandidate c = gist.next();
                    if (c.distance() >= covered - SEAM) {
                        next = c;
                    }
                } else if (!pending.isEmpty() && pending.peek().distance() <= covered) {
                    next = pending.poll();
                } else if (round < GRID_RADII.length) {
                    double radius = GRID_RADII[round++];
                    read(LabGrid.shell(query, covered, radius));
                    covered = radius;
                } else {
                    pending.clear();
                    gist = cursor(query);
                }
            }
            return true;
        }

        @Override
        public ColourCandidate next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ColourCandidate c = next;
            next = null;
            return c;
        }

        private void read(int[] cells) {
            if (cells.length == 0) {
                return;
            }
            Connection con = DataSourceUtils.getConnection(dataSource);
            try (PreparedStatement ps = con.prepareStatement(
                    "select product_id, rgb from product_colour where cell = any(?)")) {
                ps.setArray(1, con.createArrayOf("integer", Arrays.stream(cells).boxed().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // The stored Lab is derived from the rgb by the same conversion, so it is
                        // recomputed rather than read: the grid index stays narrow. (Nearly every
                        // product colour is a distinct colour, so caching conversions does not pay.)
                        Lab lab = Srgb.fromPacked(rs.getInt(2)).toLab();
                        double dl = lab.l() - query.l();
                        double da = lab.a() - query.a();
                        double db = lab.b() - query.b();
                        pending.add(new ColourCandidate(rs.getObject(1, UUID.class), lab.l(), lab.a(), lab.b(),
                                Math.sqrt(dl * dl + da * da + db * db)));
                    }
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("colour grid scan failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(con, dataSource);
            }
        }

        @Override
        public void close() {
            if (gist != null) {
                gist.close();
            }
        }
    }
}
