package io.aifashion.bench.catalog;

import io.aifashion.catalog.ProductApplication;
import io.aifashion.catalog.application.DemoCatalogue;
import io.aifashion.catalog.application.ImportReport;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.infrastructure.DirectCatalogue;
import io.aifashion.catalog.infrastructure.persistence.PgBulkProductStore;
import io.aifashion.catalog.infrastructure.persistence.PgCopy;
import io.aifashion.catalog.infrastructure.persistence.ProductRows;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.space.Srgb;
import io.aifashion.kit.embedded.EmbeddedKafkaServer;
import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import io.aifashion.kit.embedded.EmbeddedRedisServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The product catalogue's numbers for bench/README.md ("Product catalogue"):
 * <ol>
 *   <li>import rate: styles.csv (if present) into an empty catalogue through the import use case
 *       (COPY, one outbox event per product), then the idempotent re-import;</li>
 *   <li>a large generated catalogue (default 1,000,000 products) loaded with COPY through the
 *       service's bulk store — without outbox events, which would otherwise be relayed to Kafka
 *       during the measurement — into a PostgreSQL data directory kept between runs;</li>
 *   <li>the product service itself (Spring, on embedded PostgreSQL, Kafka and Redis) and, over
 *       HTTP on localhost, one request at a time: colour search, filtered listing and single
 *       product reads, with latency percentiles.</li>
 * </ol>
 * Usage: {@code bench/catalog-bench.sh [products] [requests]}; {@code CATALOG_BENCH_OPTS} passes
 * {@code -Dbench.skip-import=true}, {@code -Dbench.only=TEXT} (only the request kinds whose name
 * contains TEXT), {@code -Dbench.slowest=N} (each kind's N slowest requests) and
 * {@code -Dbench.shared-buffers=SIZE} (default 3GB).
 */
public final class CatalogueBench {

    private CatalogueBench() {
    }

    /** The PostgreSQL data directory of this run, to find its processes for CPU accounting. */
    private static Path dataDir;

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        dataDir = Path.of(args.length > 2 ? args[2] : "bench/target/catalog-bench-pg").toAbsolutePath().normalize();
        Path styles = Path.of(System.getProperty("aifashion.styles-csv", "../shared/data/fashion/styles.csv"));

        System.out.printf(Locale.ROOT, "machine: %d cores, JDK %s; load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        // shared_buffers large enough for the catalogue's working set (the kit's default of 128 MB is
        // a twentieth of the 1M-product database); -Dbench.shared-buffers=128MB for the default.
        String sharedBuffers = System.getProperty("bench.shared-buffers", "3GB");
        System.out.printf(Locale.ROOT, "PostgreSQL shared_buffers %s%n", sharedBuffers);
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0,
                Map.of("shared_buffers", sharedBuffers))) {
            if (Boolean.getBoolean("bench.skip-import")) {
                System.out.println("import rate skipped (-Dbench.skip-import=true)");
            } else if (Files.isReadable(styles)) {
                importRate(pg, styles);
            } else {
                System.out.println("styles.csv not found at " + styles.toAbsolutePath() + ": import rate skipped");
            }
            if (Boolean.getBoolean("bench.import-only")) {
                return;
            }
            pg.ensureDatabase("catalog");
            load(pg, products);
            measure(pg, requests);
        }
    }

    private static void importRate(EmbeddedPostgresServer pg, Path styles) throws Exception {
        int runs = Integer.getInteger("bench.import-runs", 1);
        for (int run = 0; run < runs; run++) {
            importOnce(pg, styles);
        }
    }

    /**
     * One import into a fresh database and the idempotent re-import, with wall time and the CPU
     * time per row of this JVM (reading, validating, building COPY text and events) and of
     * PostgreSQL (the backends of the import's connections, measured before they close).
     */
    private static void importOnce(EmbeddedPostgresServer pg, Path styles) throws Exception {
        String db = "catalog_import_" + System.currentTimeMillis();
        pg.ensureDatabase(db);
        try (DirectCatalogue catalogue = DirectCatalogue.open(pg.jdbcUrl(db), pg.username(), "", 5000)) {
            long jvm0 = CpuTime.jvmMillis();
            long pg0 = CpuTime.postgresMillis(dataDir);
            ImportReport first = catalogue.importFile(styles, "csv", (b, r) -> { });
            long jvm1 = CpuTime.jvmMillis();
            long pg1 = CpuTime.postgresMillis(dataDir);
            ImportReport again = catalogue.importFile(styles, "csv", (b, r) -> { });
            long jvm2 = CpuTime.jvmMillis();
            long pg2 = CpuTime.postgresMillis(dataDir);
            System.out.printf(Locale.ROOT, "import styles.csv into an empty catalogue: %d rows (%d created, %d failed, "
                            + "%d unknown colours) in %d ms = %d rows/s; CPU per row %.1f µs JVM + %.1f µs PostgreSQL "
                            + "(load average %s)%n", first.rows(),
                    first.created(), first.failed(), first.unknownColours(), first.millis(), first.rowsPerSecond(),
                    (jvm1 - jvm0) * 1000.0 / first.rows(), (pg1 - pg0) * 1000.0 / first.rows(), loadAverage());
            System.out.printf(Locale.ROOT, "re-import (idempotent, nothing changes): %d rows in %d ms = %d rows/s; "
                            + "CPU per row %.1f µs JVM + %.1f µs PostgreSQL%n",
                    again.rows(), again.millis(), again.rowsPerSecond(),
                    (jvm2 - jvm1) * 1000.0 / again.rows(), (pg2 - pg1) * 1000.0 / again.rows());
        }
        try (var c = java.sql.DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), "");
             var s = c.createStatement()) {
            s.execute("drop database " + db);
        }
    }

    /** Loads the generated catalogue unless the kept data directory already holds it. */
    private static void load(EmbeddedPostgresServer pg, int products) {
        String url = pg.jdbcUrl("catalog");
        DataSource ds = new DriverManagerDataSource(url, pg.username(), "");
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/catalog", "classpath:db/kit")
                .load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        long have = jdbc.sql("select count(*) from product").query(Long.class).single();
        if (have == products) {
            System.out.printf(Locale.ROOT, "catalogue of %d products already loaded%n", have);
            vacuum(jdbc);
            return;
        }
        jdbc.sql("truncate product, product_colour").update();
        PgBulkProductStore store = new PgBulkProductStore(ds, jdbc, new PgCopy(ds),
                new ProductRows(tools.jackson.databind.json.JsonMapper.builder().build()), Clock.systemUTC());
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Iterator<ProductContent> it = new DemoCatalogue(ColorNameDictionary.standard()).generate(products, 1);
        long started = System.nanoTime();
        List<ProductContent> batch = new ArrayList<>(10_000);
        long loaded = 0;
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == 10_000 || !it.hasNext()) {
                List<ProductContent> b = List.copyOf(batch);
                tx.executeWithoutResult(s -> store.upsert(b));
                loaded += batch.size();
                batch.clear();
                if (loaded % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "  loaded %d products%n", loaded);
                }
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        vacuum(jdbc);
        System.out.printf(Locale.ROOT, "loaded %d generated products with COPY (all indexes in place, no events) in "
                + "%d s = %d rows/s (load average %s)%n", loaded, ms / 1000, loaded * 1000 / Math.max(1, ms), loadAverage());
    }

    /**
     * Statistics and visibility maps as autovacuum leaves them on a settled database: index-only
     * scans read the table for pages not yet marked all-visible, and a migration that rewrites a
     * table (V3 adds a stored column to colour) clears its map.
     */
    private static void vacuum(JdbcClient jdbc) {
        long started = System.nanoTime();
        for (String table : List.of("product", "product_colour", "colour", "colour_category")) {
            jdbc.sql("vacuum analyze " + table).update();
        }
        System.out.printf(Locale.ROOT, "vacuum analyze: %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        prewarm(jdbc);
    }

    /**
     * The tables and indexes every request kind reads, loaded into shared_buffers as a server that
     * has been running a while holds them (pg_prewarm, shipped with PostgreSQL); the per-category
     * colour index is left to the warm-up requests.
     */
    private static void prewarm(JdbcClient jdbc) {
        long started = System.nanoTime();
        jdbc.sql("create extension if not exists pg_prewarm").update();
        long blocks = jdbc.sql("""
                        select coalesce(sum(pg_prewarm(c.oid)), 0) from pg_class c
                        where c.relkind in ('r', 'i') and c.relname not like 'colour_category%'
                          and (c.relname in ('product', 'product_colour', 'colour', 'primary_colour')
                               or c.oid in (select indexrelid from pg_index
                                            where indrelid in ('product'::regclass, 'product_colour'::regclass,
                                                               'colour'::regclass, 'primary_colour'::regclass)))""")
                .query(Long.class).single();
        System.out.printf(Locale.ROOT, "prewarm: %d MB in %d s%n", blocks * 8 / 1024,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void measure(EmbeddedPostgresServer pg, int requests) throws Exception {
        int redisPort = freePort();
        try (EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(freePort());
             EmbeddedRedisServer redis = EmbeddedRedisServer.start(redisPort, null);
             ConfigurableApplicationContext service = ProductApplication.builder().run(
                     "--server.port=0",
                     "--spring.datasource.url=" + pg.jdbcUrl("catalog"),
                     "--spring.datasource.username=" + pg.username(),
                     "--spring.datasource.password=",
                     "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                     "--spring.data.redis.host=127.0.0.1",
                     "--spring.data.redis.port=" + redisPort,
                     "--aifashion.demo-data.enabled=false",
                     "--logging.level.root=WARN",
                     "--logging.level.org.apache.kafka=ERROR",
                     "--logging.level.org.springdoc=ERROR")) {
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + port;
            JdbcClient jdbc = JdbcClient.create(service.getBean(DataSource.class));
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            List<String> ids = jdbc.sql("select id::text from product tablesample system (2) limit 5000")
                    .query(String.class).list();
            SplittableRandom r = new SplittableRandom(7);
            System.out.printf(Locale.ROOT, "service up; measuring %d requests per kind, one at a time (load average %s)%n",
                    requests, loadAverage());
            System.out.println("| request | n | p50 ms | p95 ms | p99 ms | max ms | server p50 / p95 / p99 ms "
                    + "| CPU ms/request: service JVM + PostgreSQL (+ load generator) | load |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            List<Integer> examined = new ArrayList<>();
            run(http, meters, base, "colour search (random #rrggbb, maxDeltaE=10, limit=50)", requests,
                    i -> "/api/v1/products/search/by-color?hex=" + enc(Srgb.fromPacked(r.nextInt(1 << 24)).toHex()),
                    body -> examined.add(candidates(body)));
            String[] categories = {"tshirts", "dresses", "footwear", "jeans", "handbags", "topwear", "watches"};
            List<Integer> examinedInCategory = new ArrayList<>();
            run(http, meters, base, "colour search with a category filter", Math.max(50, requests / 5),
                    i -> "/api/v1/products/search/by-color?hex=" + enc(Srgb.fromPacked(r.nextInt(1 << 24)).toHex())
                            + "&category=" + enc(categories[r.nextInt(categories.length)]),
                    body -> examinedInCategory.add(candidates(body)));
            Map<String, Predicate<String>> parts = new LinkedHashMap<>();
            parts.put("… of which without text", u -> !u.contains("&q="));
            parts.put("… of which with text", u -> u.contains("&q="));
            parts.put("… of which sorted by colour", u -> u.contains("sort=color"));
            run(http, meters, base, "filtered listing (mix of text, gender, category, price, colour family, stock, sorts)",
                    requests, i -> listing(r), body -> { }, parts);
            run(http, meters, base, "single product, first read (database, fills the cache)", Math.min(requests, ids.size()),
                    i -> "/api/v1/products/" + ids.get(i), body -> { });
            run(http, meters, base, "single product, cached (Redis)", Math.min(requests, ids.size()),
                    i -> "/api/v1/products/" + ids.get(i), body -> { });
            summarise("index entries read per colour search", examined);
            summarise("index entries read per colour search with a category", examinedInCategory);
        }
    }

    private static final String[] WORDS = {"shirt", "jeans", "dress", "sneakers", "leather", "linen", "slim fit",
            "navy", "summer", "wool", "northwind", "printed", "watch", "maxi dress", "running shoes"};
    private static final String[] GENDERS = {"men", "women", "boys", "girls", "unisex", "women,girls"};
    private static final String[] CATEGORIES = {"apparel", "topwear", "bottomwear", "footwear", "accessories", "shirts",
            "tshirts", "dresses", "jeans", "handbags", "watches", "sunglasses"};
    private static final String[] FAMILIES = {"blue", "red", "green", "black", "white", "beige", "pink", "blue,green"};
    private static final String[] SORTS = {"newest", "price", "-price"};

    /** A realistic shop query: one to four filters, sometimes text, one of the orders. */
    static String listing(SplittableRandom r) {
        StringBuilder q = new StringBuilder("/api/v1/products?limit=24");
        boolean text = r.nextDouble() < 0.35;
        if (text) {
            q.append("&q=").append(enc(WORDS[r.nextInt(WORDS.length)]));
        }
        if (r.nextDouble() < 0.6) {
            q.append("&gender=").append(enc(GENDERS[r.nextInt(GENDERS.length)]));
        }
        if (r.nextDouble() < 0.6) {
            q.append("&category=").append(enc(CATEGORIES[r.nextInt(CATEGORIES.length)]));
        }
        if (r.nextDouble() < 0.4) {
            int min = 10 * r.nextInt(10);
            q.append("&minPrice=").append(min).append("&maxPrice=").append(min + 20 + 10 * r.nextInt(10));
        }
        if (r.nextDouble() < 0.4) {
            q.append("&colorFamily=").append(enc(FAMILIES[r.nextInt(FAMILIES.length)]));
        }
        if (r.nextDouble() < 0.5) {
            q.append("&inStock=true");
        }
        double s = r.nextDouble();
        if (s < 0.15) {
            q.append("&sort=color&hex=").append(enc(Srgb.fromPacked(r.nextInt(1 << 24)).toHex()));
        } else if (!text || s < 0.5) {
            q.append("&sort=").append(enc(SORTS[r.nextInt(SORTS.length)]));
        }
        return q.toString();
    }

    private static void run(HttpClient http, MeterRegistry meters, String base, String name, int n,
                            IntFunction<String> path, java.util.function.Consumer<String> body) throws Exception {
        run(http, meters, base, name, n, path, body, Map.of());
    }

    /**
     * Measures {@code n} requests one at a time and prints a table row; each entry of
     * {@code subsets} adds a row for the requests whose path it accepts (same run, no CPU figure).
     * Next to the client-side times it prints the service's own (its {@code http.server.requests}
     * histogram, {@link ServerLatency}) and splits the JVM's CPU into the service's and the load
     * generator's ({@link ClientCpu}): the two share this JVM, its 2 cores and its GC.
     */
    private static void run(HttpClient http, MeterRegistry meters, String base, String name, int n,
                            IntFunction<String> path, java.util.function.Consumer<String> body,
                            Map<String, Predicate<String>> subsets) throws Exception {
        // -Dbench.only=TEXT measures only the kinds whose name contains TEXT (e.g. for a profile)
        if (!name.contains(System.getProperty("bench.only", ""))) {
            return;
        }
        int warmup = Math.min(200, n / 5);
        for (int i = 0; i < warmup; i++) {
            send(http, base + path.apply(i));
        }
        ServerLatency server = ServerLatency.start(meters, route(path.apply(0)));
        ClientCpu client = ClientCpu.start();
        long jvmBefore = CpuTime.jvmMillis();
        long pgBefore = CpuTime.postgresMillis(dataDir);
        long[] micros = new long[n];
        String[] urls = new String[n];
        for (int i = 0; i < n; i++) {
            String url = base + path.apply(i);
            long t0 = System.nanoTime();
            String answer = send(http, url);
            micros[i] = (System.nanoTime() - t0) / 1000;
            urls[i] = url.substring(base.length());
            body.accept(answer);
        }
        double clientPerRequest = client.millis() / (double) n;
        double jvmPerRequest = (CpuTime.jvmMillis() - jvmBefore) / (double) n - clientPerRequest;
        double pgPerRequest = (CpuTime.postgresMillis(dataDir) - pgBefore) / (double) n;
        ServerLatency.Result own = server.stop();
        printSlowest(micros, urls);
        for (Map.Entry<String, Predicate<String>> subset : subsets.entrySet()) {
            long[] part = java.util.stream.IntStream.range(0, n).filter(i -> subset.getValue().test(urls[i]))
                    .mapToLong(i -> micros[i]).sorted().toArray();
            if (part.length > 0) {
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | | | %s |%n", subset.getKey(),
                        part.length, pct(part, 50), pct(part, 95), pct(part, 99), part[part.length - 1] / 1000.0,
                        loadAverage());
            }
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f / %.1f (n %d) "
                        + "| %.1f (%.1f + %.1f) (+ %.1f) | %s |%n", name, n,
                pct(micros, 50), pct(micros, 95), pct(micros, 99), micros[n - 1] / 1000.0, own.p50(), own.p95(),
                own.p99(), own.n(), jvmPerRequest + pgPerRequest, jvmPerRequest, pgPerRequest, clientPerRequest,
                loadAverage());
    }

    /** The route template the service's metrics tag a request path with. */
    private static String route(String path) {
        if (path.startsWith("/api/v1/products/search/by-color")) {
            return "/api/v1/products/search/by-color";
        }
        return path.startsWith("/api/v1/products?") ? "/api/v1/products" : "/api/v1/products/{id}";
    }

    /** With -Dbench.slowest=N, the N slowest requests of a kind: what sets its tail. */
    private static void printSlowest(long[] micros, String[] urls) {
        int show = Math.min(Integer.getInteger("bench.slowest", 0), micros.length);
        Integer[] order = new Integer[micros.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Long.compare(micros[y], micros[x]));
        for (int k = 0; k < show; k++) {
            System.out.printf(Locale.ROOT, "    %.1f ms %s%n", micros[order[k]] / 1000.0,
                    URLDecoder.decode(urls[order[k]], StandardCharsets.UTF_8));
        }
    }

    private static String send(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private static int candidates(String body) {
        return JSON.readTree(body).get("candidatesExamined").asInt();
    }

    private static void summarise(String name, List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%s: median %d, p99 %d, max %d%n", name,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1), sorted.getLast());
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
