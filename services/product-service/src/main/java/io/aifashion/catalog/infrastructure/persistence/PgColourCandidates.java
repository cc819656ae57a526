package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.search.CandidateStream;
import io.aifashion.catalog.domain.search.ColourCandidate;
import io.aifashion.catalog.domain.search.ColourCandidates;
import io.aifashion.catalog.domain.search.LabGrid;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
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
 *       colours in distance order without sorting, and a nested-loop join to {@code product_colour}
 *       (by its rgb index) keeps that order while yielding each product that has the colour — the
 *       distinct colours' index, or the (category, colour) index for a category. Both sides are
 *       index-only scans. The query runs as a declared cursor inside the caller's read-only
 *       transaction, which does two things: the planner optimises for the first rows
 *       ({@code cursor_tuple_fraction}) and so always picks the index scan rather than "scan and
 *       sort everything", and rows are fetched a page at a time (growing pages), so a search that
 *       stops after a few hundred candidates reads only those.</li>
 * </ul>
 */
public class PgColourCandidates implements ColourCandidates {

    static final int FIRST_FETCH = 128;
    static final int MAX_FETCH = 4096;

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
    public CandidateStream nearest(Lab query, String category) {
        return category == null ? new GridStream(query) : cursor(query, category);
    }

    /**
     * Product colours nearest-first from the GiST index: every distinct colour (no category), or
     * that category's colours from the (category, colour) index, joined to their products.
     */
    private Stream cursor(Lab query, String category) {
        String cursor = "colour_scan_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        String sql = category == null
                ? "declare " + cursor + " no scroll cursor for select " + COLUMNS + DISTANCE
                        + " from colour c join product_colour pc on pc.rgb = c.rgb order by " + DISTANCE
                : "declare " + cursor + " no scroll cursor for select " + COLUMNS + DISTANCE
                        + " from colour_category c join product_colour pc on pc.rgb = c.rgb"
                        + " and c.category_key = any(pc.category_keys)"
                        + " where c.category_key = ? order by " + DISTANCE;
        Connection con = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement declare = con.prepareStatement(sql)) {
            int i = setLab(declare, 1, query);
            if (category != null) {
                declare.setString(i++, category);
            }
            setLab(declare, i, query);
            declare.execute();
            return new Stream(con, cursor);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(con, dataSource);
            throw new DataAccessResourceFailureException("colour index scan failed: " + e.getMessage(), e);
        }
    }

    private static int setLab(PreparedStatement ps, int i, Lab lab) throws SQLException {
        ps.setDouble(i, lab.l());
        ps.setDouble(i + 1, lab.a());
        ps.setDouble(i + 2, lab.b());
        return i + 3;
    }

    private final class Stream implements CandidateStream {
        private final Connection con;
        private final String cursor;
        private final ArrayDeque<ColourCandidate> page = new ArrayDeque<>();
        private int fetch = FIRST_FETCH;
        private boolean exhausted;

        Stream(Connection con, String cursor) {
            this.con = con;
            this.cursor = cursor;
        }

        @Override
        public boolean hasNext() {
            if (page.isEmpty() && !exhausted) {
                fill();
            }
            return !page.isEmpty();
        }

        @Override
        public ColourCandidate next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.poll();
        }

        private void fill() {
            try (Statement s = con.createStatement();
                 ResultSet rs = s.executeQuery("fetch forward " + fetch + " from " + cursor)) {
                int n = 0;
                while (rs.next()) {
                    page.add(new ColourCandidate(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getDouble(3),
                            rs.getDouble(4), rs.getDouble(5)));
                    n++;
                }
                exhausted = n < fetch;
                fetch = Math.min(MAX_FETCH, fetch * 2);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("colour index scan failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
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
                    gist = cursor(query, null);
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
