package io.aifashion.catalog.infrastructure.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Runs {@code COPY ... FROM STDIN} on the connection of the current Spring transaction, so that
 * bulk rows commit or roll back with everything else the transaction does. COPY is PostgreSQL's
 * fastest way in: one round trip and no per-row statement overhead.
 */
public final class PgCopy {

    private final DataSource dataSource;

    public PgCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return rows copied */
    public long copyIn(String sql, String data) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
        } catch (SQLException e) {
            throw new org.springframework.dao.DataIntegrityViolationException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }
}
