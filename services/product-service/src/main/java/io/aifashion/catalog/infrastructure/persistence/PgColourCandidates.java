package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.search.CandidateStream;
import io.aifashion.catalog.domain.search.ColourCandidate;
import io.aifashion.catalog.domain.search.ColourCandidates;
import io.aifashion.color.space.Lab;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Product colours nearest-first from the GiST index on the distinct colours' {@code lab} cube:
 * PostgreSQL's k-nearest-neighbour index scan ({@code ORDER BY ... <-> ...}) returns them in
 * distance order without sorting, and a nested-loop join to {@code product_colour} (by its rgb
 * index) keeps that order while yielding each product that has the colour; a search within a
 * category reads that category's colours from the (category, colour) GiST index instead. Both
 * sides are index-only scans: the indexes carry every column the query reads. The query runs as a
 * declared cursor inside the caller's read-only
 * transaction, which does two things: the planner optimises for the first rows
 * ({@code cursor_tuple_fraction}) and so always picks the index scan rather than "scan and sort
 * everything", and rows are fetched a page at a time (growing pages), so a search that stops after
 * a few hundred candidates reads only those.
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

    @Override
    public CandidateStream nearest(Lab query, String category) {
        String cursor = "colour_scan_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        // Without a category: every distinct colour, joined to its products. With one: that
        // category's colours from the (category, colour) index, joined to its products there.
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
}
