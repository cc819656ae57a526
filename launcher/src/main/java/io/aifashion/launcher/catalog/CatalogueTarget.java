package io.aifashion.launcher.catalog;

import io.aifashion.catalog.infrastructure.DirectCatalogue;
import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a catalogue command writes: a running system over HTTP ({@code --server URL}, with an
 * admin token), or straight into the catalogue's PostgreSQL database ({@code --direct}, the
 * default). Direct mode against the default URL finds the database of a running
 * {@code ai-fashion serve}; when none is running it starts the same embedded PostgreSQL on the
 * same data directory for the duration of the command, so the next {@code serve} has the data.
 */
final class CatalogueTarget {

    static final String DEFAULT_DATABASE_URL = "jdbc:postgresql://localhost:15432/catalog";
    static final int DEFAULT_POSTGRES_PORT = 15432;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send to a running system through its gateway, e.g. http://localhost:8080 (needs an admin"
                    + " token: --token or the AIFASHION_TOKEN environment variable).")
    String server;

    @Option(names = "--token", paramLabel = "JWT", description = "Admin access token for --server (default: $AIFASHION_TOKEN).")
    String token;

    @Option(names = "--direct", description = "Write straight into the catalogue database (the default).")
    boolean direct;

    @Option(names = "--database-url", paramLabel = "JDBC-URL",
            description = "Catalogue database for --direct (default: $SPRING_DATASOURCE_URL, as for the product service;"
                    + " else " + DEFAULT_DATABASE_URL + ", the database of `ai-fashion serve`).")
    String databaseUrl;

    @Option(names = "--database-user",
            description = "Database user (default: $SPRING_DATASOURCE_USERNAME, else postgres).")
    String databaseUser;

    @Option(names = "--database-password",
            description = "Database password (default: $SPRING_DATASOURCE_PASSWORD, else none).")
    String databasePassword;

    @Option(names = "--data-dir", defaultValue = "data",
            description = "Data directory of `ai-fashion serve`, used when no database is running at the default URL"
                    + " (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Rows per transaction in --direct mode (default: ${DEFAULT-VALUE}).")
    int batchSize;

    boolean viaServer() {
        return server != null;
    }

    /** The admin token for --server, or null. */
    String token() {
        return token != null ? token : System.getenv("AIFASHION_TOKEN");
    }

    /** Connection settings of --direct. */
    record Database(String url, String user, String password) {
    }

    /**
     * The database of --direct: each setting from its option, else from the environment variable
     * the product service reads it from ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME},
     * {@code _PASSWORD}; docs/configuration.md), else the embedded PostgreSQL of {@code ai-fashion serve}.
     */
    Database database(Map<String, String> env) {
        return new Database(
                firstOf(databaseUrl, env.get("SPRING_DATASOURCE_URL"), DEFAULT_DATABASE_URL),
                firstOf(databaseUser, env.get("SPRING_DATASOURCE_USERNAME"), "postgres"),
                firstOf(databasePassword, env.get("SPRING_DATASOURCE_PASSWORD"), ""));
    }

    private static String firstOf(String option, String environment, String fallback) {
        if (option != null) {
            return option;
        }
        return environment != null && !environment.isBlank() ? environment : fallback;
    }

    /** A direct connection, starting the embedded database when needed; close both when done. */
    Direct openDirect(PrintWriter err) throws IOException {
        Database db = database(System.getenv());
        EmbeddedPostgresServer embedded = null;
        if (DEFAULT_DATABASE_URL.equals(db.url()) && !listening(DEFAULT_POSTGRES_PORT)) {
            Path pgData = dataDir.resolve("postgres").toAbsolutePath().normalize();
            err.println("No database at localhost:" + DEFAULT_POSTGRES_PORT + "; starting the embedded PostgreSQL on "
                    + pgData + " for this command.");
            err.flush();
            embedded = EmbeddedPostgresServer.start(pgData, DEFAULT_POSTGRES_PORT);
            embedded.ensureDatabase("catalog");
        }
        try {
            return new Direct(DirectCatalogue.open(db.url(), db.user(), db.password(), batchSize), embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** A direct catalogue and the embedded database started for it, if any. */
    record Direct(DirectCatalogue catalogue, EmbeddedPostgresServer embedded) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            catalogue.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The server URL without a trailing slash. */
    String serverBase() {
        return server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }
}
