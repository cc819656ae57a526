package io.aifashion.bench.failure;

import io.aifashion.bench.failure.Traffic.Route;
import io.aifashion.bench.load.MailDrop;
import io.aifashion.bench.load.Selfies;
import io.aifashion.bench.load.Shopper;
import io.aifashion.bench.load.ShopperAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import tools.jackson.databind.JsonNode;

/**
 * The failure scenarios of issue #10, run against a launcher started with the fault switch
 * (bench/failure/run.sh): under background shopper traffic, (1) Kafka stopped for 30 s — no event
 * lost, the outbox backlog drains; (2) Redis stopped — requests still served with the cache
 * bypassed, rate limiting fails open; (3) one service stopped — the gateway answers 503
 * problem+json on its routes, the others are unaffected; (4) PostgreSQL restarted — services
 * recover without a restart. Writes a Markdown report; exits 1 if a check failed.
 */
public final class FailureScenarios {

    private static final String[] SERVICES = {"auth-service", "image-processing-service", "color-matching-service",
            "product-service", "recommendation-service", "notification-service"};

    private final FailureSettings settings;
    private final FaultSwitchClient faults;
    private final Metrics metrics = new Metrics();
    private final EventLedger ledger;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final StringBuilder report = new StringBuilder();
    private final List<String> failed = new ArrayList<>();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private List<Shopper> shoppers;
    private List<String> productIds;
    private Selfies selfies;

    FailureScenarios(FailureSettings settings) {
        this.settings = settings;
        this.faults = new FaultSwitchClient(settings.faultSwitch());
        this.ledger = new EventLedger(settings.postgresPort());
    }

    public static void main(String[] args) throws Exception {
        FailureSettings s = FailureSettings.fromSystemProperties();
        List<String> which = args.length == 0 ? List.of("kafka", "redis", "service", "postgres") : List.of(args);
        for (String w : which) {
            if (!List.of("kafka", "redis", "service", "postgres").contains(w)) {
                throw new IllegalArgumentException("unknown scenario " + w + " (kafka, redis, service, postgres)");
            }
        }
        FailureScenarios run = new FailureScenarios(s);
        run.prepare();
        for (String scenario : which) {
            switch (scenario) {
                case "kafka" -> run.kafkaOutage();
                case "redis" -> run.redisOutage();
                case "service" -> run.serviceStopped("color-matching-service");
                case "postgres" -> run.postgresRestart();
                default -> throw new IllegalStateException(scenario);
            }
        }
        run.finish();
        System.exit(run.failed.isEmpty() ? 0 : 1);
    }

    private void prepare() throws Exception {
        say("# Failure scenarios, " + Instant.now() + "\n");
        say("Gateway " + settings.gateway() + ", background traffic " + settings.rate() + " requests/s from "
                + settings.shoppers() + " signed-in shoppers (mix: " + mix() + "), load average before: " + loadAverage() + "\n");
        shoppers = new ShopperAccounts(settings.gateway(), new MailDrop(settings.mailRoot(), Instant.now().minusSeconds(2)))
                .create(settings.shoppers(), "failure-" + runId);
        JsonNode page = ShopperAccounts.json(get("/api/v1/products?limit=100").body());
        productIds = new ArrayList<>();
        page.get("items").forEach(i -> productIds.add(i.get("product").get("id").asString()));
        selfies = new Selfies(Path.of(System.getProperty("load.faces", "/work/shared/data/faces")), true);
    }

    // ---------------------------------------------------------------- 1. Kafka stopped for 30 s

    private void kafkaOutage() throws Exception {
        say("## 1. Kafka stopped for 30 s under load\n");
        Instant from = Instant.now().minusSeconds(1);
        double maxBacklog = 0;
        long drainedAfter = -1;
        try (Traffic t = traffic()) {
            sleep(10);
            t.phase("kafka down");
            say("- " + faults.fault("kafka/stop"));
            long stopped = System.nanoTime();
            while (System.nanoTime() - stopped < 30_000_000_000L) {
                double b = backlog();
                if (!Double.isNaN(b)) {
                    maxBacklog = Math.max(maxBacklog, b);
                }
                sleep(2);
            }
            say("- " + faults.fault("kafka/start"));
            long restarted = System.nanoTime();
            t.phase("after");
            // Traffic keeps producing events: "drained" is the first moment nothing is waiting.
            while (System.nanoTime() - restarted < 180_000_000_000L) {
                if (backlog() == 0) {
                    drainedAfter = (System.nanoTime() - restarted) / 1_000_000_000L;
                    break;
                }
                Thread.sleep(500);
            }
            while (System.nanoTime() - restarted < 20_000_000_000L) {
                Thread.sleep(500);
            }
            phases(t, "before", "kafka down", "after");
        }
        // The outbox is empty again once the traffic has stopped: wait for it, then for the consumers.
        long quiet = System.nanoTime();
        while (backlog() > 0 && System.nanoTime() - quiet < 180_000_000_000L) {
            sleep(1);
        }
        List<EventLedger.Row> rows = ledger.since(from);
        for (int i = 0; i < 60 && !rows.stream().allMatch(EventLedger.Row::complete); i++) {
            sleep(2);
            rows = ledger.since(from);
        }
        say("Outbox backlog (events not yet published, summed over the producers' `outbox_event` tables: the `aifashion_outbox_backlog` gauge's query): at most " + (long) maxBacklog
                + " events while Kafka was down; " + (drainedAfter < 0 ? "not drained within 180 s of the restart (traffic still running)"
                : "first back to 0 " + drainedAfter + " s after the restart call returned (traffic still running)") + ".\n");
        say("| event type | produced (outbox rows) | published | applied by consumers (inbox) |");
        say("| --- | ---: | ---: | --- |");
        for (EventLedger.Row r : rows) {
            say("| " + r.type() + " | " + r.produced() + " | " + r.published() + " | "
                    + (r.appliedBy().isEmpty() ? "(no inbox consumer; read from the service's own log)" : r.appliedBy()) + " |");
        }
        say("");
        check("events were waiting in the outbox while Kafka was down", maxBacklog > 0, "max backlog " + (long) maxBacklog);
        check("the outbox backlog drained after Kafka came back", drainedAfter >= 0 || backlog() == 0, "drained after " + drainedAfter + " s");
        check("no event lost: every produced event published and applied by each consumer",
                !rows.isEmpty() && rows.stream().allMatch(EventLedger.Row::complete), rows.size() + " event types");
    }

    private double backlog() {
        try {
            return ledger.backlog();
        } catch (java.sql.SQLException e) {
            return Double.NaN;
        }
    }

    // ---------------------------------------------------------------- 2. Redis stopped

    private void redisOutage() throws Exception {
        say("## 2. Redis stopped for 20 s under load\n");
        String counter = "aifashion_ratelimit_unavailable_total";
        String gatewayMetrics = settings.gateway() + "/actuator/prometheus";
        int limitedUp;
        int limitedDown;
        int limitedAgain;
        double unavailableBefore = metrics.sum(gatewayMetrics, counter);
        double unavailableDuring;
        try (Traffic t = traffic()) {
            sleep(10);
            limitedUp = burst(shoppers.get(0), 250);
            t.phase("redis down");
            say("- " + faults.fault("redis/stop"));
            sleep(3);
            limitedDown = burst(shoppers.get(1), 250);
            sleep(14);
            unavailableDuring = metrics.sum(gatewayMetrics, counter);
            say("- " + faults.fault("redis/start"));
            t.phase("after");
            sleep(10);
            limitedAgain = burst(shoppers.get(2), 250);
            sleep(5);
            phases(t, "before", "redis down", "after");
            Map<String, Long> during = t.outcomes("redis down").getOrDefault(Route.RECOMMENDATIONS, Map.of());
            Map<String, Long> detail = t.outcomes("redis down").getOrDefault(Route.PRODUCT_DETAIL, Map.of());
            check("recommendations served while Redis was down (cache bypassed)", share2xx(during) >= 0.99, during.toString());
            check("product details served while Redis was down (cache bypassed)", share2xx(detail) >= 0.99, detail.toString());
        }
        say("Rate limiting (burst of 250 `GET /api/v1/products` from one signed-in shopper, 8 in parallel; "
                + "default policy 50/s, burst 100): 429 answers with Redis up " + limitedUp + ", with Redis down "
                + limitedDown + ", after Redis restarted " + limitedAgain + ". `" + counter + "` on the gateway rose by "
                + (long) (unavailableDuring - unavailableBefore) + " during the outage.\n");
        check("rate limiting works with Redis up", limitedUp > 0, limitedUp + " × 429");
        check("rate limiting fails open with Redis down (no 429, counted as unavailable)",
                limitedDown == 0 && unavailableDuring > unavailableBefore, limitedDown + " × 429");
        check("rate limiting resumes after Redis restarts", limitedAgain > 0, limitedAgain + " × 429");
    }

    /** Sends {@code n} requests as one shopper as fast as 8 threads can; returns how many were 429. */
    private int burst(Shopper s, int n) throws InterruptedException {
        AtomicInteger limited = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < n; i++) {
                pool.submit(() -> {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(settings.gateway() + "/api/v1/products/"
                                    + productIds.get(0))).header("Authorization", "Bearer " + s.accessToken())
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 429) {
                        limited.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        return limited.get();
    }

    // ---------------------------------------------------------------- 3. one service stopped

    private void serviceStopped(String service) throws Exception {
        say("## 3. " + service + " stopped for 20 s under load\n");
        long restartedAt;
        try (Traffic t = traffic()) {
            sleep(10);
            t.phase("stopped");
            say("- " + faults.fault("services/" + service + "/stop"));
            sleep(20);
            t.phase("after");
            say("- " + faults.fault("services/" + service + "/start"));
            restartedAt = System.nanoTime();
            sleep(20);
            phases(t, "before", "stopped", "after");
            Map<Route, Map<String, Long>> stopped = t.outcomes("stopped");
            Map<String, Long> palette = stopped.getOrDefault(Route.SEASON_PALETTE, Map.of());
            long served503 = palette.getOrDefault("503", 0L);
            long total = palette.values().stream().mapToLong(Long::longValue).sum();
            say("Last error answer on its route: `" + t.lastProblem(Route.SEASON_PALETTE) + "`; "
                    + "the route's last failure was " + secondsAfter(t.lastFailureNanos(Route.SEASON_PALETTE), restartedAt)
                    + " after the start call returned.\n");
            check("the gateway answers 503 problem+json for the stopped service's route",
                    total > 0 && served503 == total && t.lastProblem(Route.SEASON_PALETTE).contains("application/problem+json"),
                    palette.toString());
            for (Route r : Route.values()) {
                if (r != Route.SEASON_PALETTE && r != Route.ANALYSIS) {
                    Map<String, Long> o = stopped.getOrDefault(r, Map.of());
                    check("other services unaffected: " + r, share2xx(o) >= 0.99, o.toString());
                }
            }
            Map<String, Long> after = t.outcomes("after").getOrDefault(Route.SEASON_PALETTE, Map.of());
            check("the route works again after the service is started", after.getOrDefault("200", 0L) > 0, after.toString());
        }
    }

    // ---------------------------------------------------------------- 4. PostgreSQL restarted

    private void postgresRestart() throws Exception {
        say("## 4. PostgreSQL restarted under load\n");
        try (Traffic t = traffic()) {
            sleep(10);
            t.phase("restarting");
            say("- " + faults.fault("postgres/restart"));
            long restarted = System.nanoTime();
            t.phase("first 15 s after");
            sleep(15);
            t.phase("15-30 s after");
            sleep(15);
            phases(t, "before", "restarting", "first 15 s after", "15-30 s after");
            StringBuilder recovery = new StringBuilder();
            for (Route r : Route.values()) {
                recovery.append(r).append(' ').append(secondsAfter(t.lastFailureNanos(r), restarted)).append("; ");
            }
            say("Last failure of each route after the restart returned: " + recovery + "\n");
            Map<Route, Map<String, Long>> settled = t.outcomes("15-30 s after");
            for (Route r : Route.values()) {
                Map<String, Long> o = settled.getOrDefault(r, Map.of());
                check("recovered without a service restart: " + r, share2xx(o) >= 0.99, o.toString());
            }
        }
        for (String s : SERVICES) {
            int status = get("/services/" + s + "/health").statusCode();
            check("health of " + s + " after the PostgreSQL restart", status == 200, "HTTP " + status);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Traffic traffic() {
        Traffic t = new Traffic(settings.gateway(), shoppers, productIds, selfies, runId);
        t.start(settings.rate());
        return t;
    }

    private void phases(Traffic t, String... phases) {
        StringBuilder head = new StringBuilder("| route |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String p : phases) {
            head.append(' ').append(p).append(" | p99 ms |");
            rule.append(" --- | ---: |");
        }
        say(head.toString());
        say(rule.toString());
        for (Route r : Route.values()) {
            StringBuilder row = new StringBuilder("| " + r + " |");
            for (String p : phases) {
                Map<String, Long> o = t.outcomes(p).getOrDefault(r, Map.of());
                ConcurrentHistogram h = t.latency(p, r);
                row.append(' ').append(o.isEmpty() ? "-" : o.toString().replace("{", "").replace("}", "").replace("=", "×"))
                        .append(" | ").append(h == null ? "-" : String.format(Locale.ROOT, "%.0f", h.getValueAtPercentile(99) / 1000.0))
                        .append(" |");
            }
            say(row.toString());
        }
        say("");
    }

    private static double share2xx(Map<String, Long> outcomes) {
        long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
        long ok = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("2")).mapToLong(Map.Entry::getValue).sum();
        return total == 0 ? 0 : (double) ok / total;
    }

    private static String secondsAfter(long failureNanos, long referenceNanos) {
        if (failureNanos == 0 || failureNanos < referenceNanos) {
            return "none after";
        }
        return String.format(Locale.ROOT, "%.1f s", (failureNanos - referenceNanos) / 1e9);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(settings.gateway() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void check(String what, boolean ok, String detail) {
        say("- " + (ok ? "PASS" : "FAIL") + ": " + what + " (" + detail + ")");
        if (!ok) {
            failed.add(what);
        }
    }

    private void finish() throws Exception {
        say("\nLoad average after: " + loadAverage() + ". " + (failed.isEmpty() ? "All checks passed." : failed.size() + " checks failed: " + failed));
        Files.createDirectories(settings.report().toAbsolutePath().getParent());
        Files.writeString(settings.report(), report);
    }

    private static String mix() {
        StringBuilder b = new StringBuilder();
        int total = java.util.Arrays.stream(Route.values()).mapToInt(r -> r.weight).sum();
        for (Route r : Route.values()) {
            b.append(r).append(' ').append(100 * r.weight / total).append("%, ");
        }
        return b.substring(0, b.length() - 2);
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void sleep(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    private void say(String line) {
        System.out.println(line);
        report.append(line).append('\n');
    }
}
