package io.aifashion.launcher.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import io.aifashion.launcher.AiFashionCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ai-fashion import products} and {@code ai-fashion demo-data} against a real PostgreSQL. */
class CatalogueCommandsTest {

    static EmbeddedPostgresServer pg;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgresServer.start(null, 0);
        pg.ensureDatabase("catalog");
        url = pg.jdbcUrl("catalog");
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AiFashionCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, pg.username(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void importsAFileDirectlyReportingBadRowsAndIsIdempotent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("styles.csv");
        Files.writeString(file, """
                id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName
                15970,Men,Apparel,Topwear,Shirts,Navy Blue,Fall,2011,Casual,Turtle Check Men Navy Blue Shirt
                39386,Men,Apparel,Bottomwear,Jeans,Blue,Summer,2012,Casual,Peter England Men Party Blue Jeans
                ,Women,Accessories,Watches,Watches,Silver,Winter,2016,Casual,Titan Women Silver Watch
                21379,Men,Apparel,Bottomwear,Track Pants,NA,Fall,2011,Casual,Manchester United Men Solid Black Track Pants
                """);
        Run first = run("import", "products", file.toString(), "--database-url", url);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 3: 3 created, 0 updated, 0 unchanged")
                .contains("1 with a colour the dictionary does not know")
                .contains("line 4: missing id");
        assertThat(count("select count(*) from product")).isEqualTo(3);
        // One event per product waits in the outbox for the service's relay.
        assertThat(count("select count(*) from outbox_event where event_type = 'ProductUpserted'")).isEqualTo(3);

        Run again = run("import", "products", file.toString(), "--direct", "--database-url", url);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("imported 3: 0 created, 0 updated, 3 unchanged");
        assertThat(count("select count(*) from outbox_event")).isEqualTo(3);
    }

    @Test
    void generatesTheDemoCatalogue() throws Exception {
        Run r = run("demo-data", "--products", "300", "--database-url", url);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("demo catalogue of 300 products").contains("300 created");
        assertThat(count("select count(*) from product where sku like 'DEMO-%'")).isEqualTo(300);
        assertThat(count("select count(*) from product where shade_hex is not null")).isGreaterThan(0);
    }

    @Test
    void refusesBadCommandLines(@TempDir Path dir) throws Exception {
        assertThat(run("import", "products", dir.resolve("missing.csv").toString(), "--database-url", url).exit())
                .isEqualTo(2);
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "sku,name\n");
        assertThat(run("import", "products", file.toString(), "--server", "http://localhost:1", "--token", "").exit())
                .isEqualTo(2);
        assertThat(run("import", "products", file.toString(), "--format", "xml").exit()).isEqualTo(2);
        Run unreadable = run("import", "products", file.toString(), "--database-url", url);
        assertThat(unreadable.exit()).isEqualTo(1);
        assertThat(unreadable.err()).contains("unrecognised CSV header");
    }

    @Test
    void directModeTakesTheDatabaseFromItsOptionsElseTheServiceEnvironmentElseServe() {
        Map<String, String> env = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.internal:5432/catalog",
                "SPRING_DATASOURCE_USERNAME", "aifashion", "SPRING_DATASOURCE_PASSWORD", "s3cret");
        CatalogueTarget none = new CatalogueTarget();
        new CommandLine(none).parseArgs();
        assertThat(none.database(Map.of())).isEqualTo(
                new CatalogueTarget.Database("jdbc:postgresql://localhost:15432/catalog", "postgres", ""));
        assertThat(none.database(env)).isEqualTo(
                new CatalogueTarget.Database("jdbc:postgresql://db.internal:5432/catalog", "aifashion", "s3cret"));

        CatalogueTarget given = new CatalogueTarget();
        new CommandLine(given).parseArgs("--database-url", url, "--database-user", "postgres");
        // An option wins over the environment, setting by setting.
        assertThat(given.database(env)).isEqualTo(new CatalogueTarget.Database(url, "postgres", "s3cret"));
    }
}
