package io.aifashion.kit.support;

import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Looks for a value (a user id, an e-mail address) in every column that could hold it — text,
 * character, uuid, json and array columns — of every table of every database on the shared
 * PostgreSQL server, without knowing any service's schema. Every service keeps its database on
 * that server in the tests (and in {@code ai-fashion serve}), so a service added later is swept
 * without changing this class. Used by each service's privacy tests and by the whole-system test
 * that runs all six services ({@code ai-fashion serve}).
 */
public final class PersonalDataSweep {

    private static final Set<String> SEARCHABLE = Set.of("text", "character varying", "character", "uuid", "json",
            "jsonb", "ARRAY");

    private final Function<String, String> jdbcUrl;
    private final String username;

    /**
     * @param jdbcUrl  the JDBC URL of a database on the server, by database name
     * @param username a user that can read every database (no password: the embedded server trusts local users)
     */
    public PersonalDataSweep(Function<String, String> jdbcUrl, String username) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
    }

    /** Sweeps an embedded server. */
    public static PersonalDataSweep of(EmbeddedPostgresServer pg) {
        return new PersonalDataSweep(pg::jdbcUrl, pg.username());
    }

    /** Sweeps the test suite's shared embedded server. */
    public static PersonalDataSweep ofTestInfrastructure() {
        return of(EmbeddedInfrastructure.get().postgres());
    }

    /** Where the value still occurs, as {@code database.table.column (rows)}; empty when nowhere. */
    public List<String> traces(String value) {
        List<String> found = new ArrayList<>();
        for (String database : databases()) {
            try (Connection c = DriverManager.getConnection(jdbcUrl.apply(database), username, "")) {
                for (Column column : columns(c)) {
                    long rows = occurrences(c, column, value);
                    if (rows > 0) {
                        found.add(database + "." + column.table() + "." + column.name() + " (" + rows + ")");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot sweep database " + database, e);
            }
        }
        return found;
    }

    /** The databases swept: every one on the server but the maintenance database and the templates. */
    public List<String> databases() {
        try (Connection c = DriverManager.getConnection(jdbcUrl.apply("postgres"), username, "");
             PreparedStatement q = c.prepareStatement(
                     "select datname from pg_database where not datistemplate and datname <> 'postgres' order by 1");
             ResultSet rs = q.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list databases", e);
        }
    }

    private static List<Column> columns(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                select c.table_schema, c.table_name, c.column_name, c.data_type
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                order by 1, 2, 3
                """); ResultSet rs = q.executeQuery()) {
            List<Column> columns = new ArrayList<>();
            while (rs.next()) {
                if (SEARCHABLE.contains(rs.getString(4))) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return columns;
        }
    }

    private static long occurrences(Connection c, Column column, String value) throws SQLException {
        // Identifiers come from the catalogue and are quoted; the value is a bind parameter.
        String sql = "select count(*) from " + quote(column.schema()) + "." + quote(column.table()) + " where "
                + "strpos(lower(" + quote(column.name()) + "::text), lower(?)) > 0";
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private record Column(String schema, String table, String name) {
    }
}
