package io.aifashion.bench.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Per-endpoint latency and outcome of the steady part of a load run (after the ramp), in
 * HdrHistogram (microsecond precision) — Gatling's own report is HTML only, and this table is what
 * bench/README.md quotes. Latency is measured by Gatling (request sent to last byte received).
 */
public final class EndpointStats {

    private record Endpoint(ConcurrentHistogram latencyMs, LongAdder ok, LongAdder ko) {
    }

    private final Map<String, Endpoint> endpoints = new ConcurrentSkipListMap<>();
    private final long measureFromMillis;
    private volatile long lastMillis;

    /** @param measureFromMillis wall-clock time (epoch ms) from which answers are counted */
    public EndpointStats(long measureFromMillis) {
        this.measureFromMillis = measureFromMillis;
    }

    public void record(String endpoint, long responseTimeMillis, boolean ok) {
        long now = System.currentTimeMillis();
        if (now < measureFromMillis) {
            return;
        }
        lastMillis = Math.max(lastMillis, now);
        Endpoint e = endpoints.computeIfAbsent(endpoint,
                k -> new Endpoint(new ConcurrentHistogram(60_000, 3), new LongAdder(), new LongAdder()));
        e.latencyMs().recordValue(Math.min(Math.max(0, responseTimeMillis), 60_000));
        (ok ? e.ok() : e.ko()).increment();
    }

    /** A Markdown table: endpoint, requests, requests/s, p50/p95/p99/max ms, errors. */
    public String table(String title, String loadAverage) {
        double seconds = Math.max(1, (lastMillis - measureFromMillis) / 1000.0);
        StringBuilder b = new StringBuilder();
        b.append("### ").append(title).append("\n\n");
        b.append(String.format(Locale.ROOT, "Measured %.0f s after the ramp; load average at the end: %s%n%n", seconds, loadAverage));
        b.append("| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        long total = 0;
        for (Map.Entry<String, Endpoint> en : endpoints.entrySet()) {
            Endpoint e = en.getValue();
            long n = e.ok().sum() + e.ko().sum();
            total += n;
            b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | %d | %d (%.1f %%) |%n", en.getKey(), n, n / seconds,
                    e.latencyMs().getValueAtPercentile(50), e.latencyMs().getValueAtPercentile(95),
                    e.latencyMs().getValueAtPercentile(99), e.latencyMs().getMaxValue(), e.ko().sum(), 100.0 * e.ko().sum() / Math.max(1, n)));
        }
        b.append(String.format(Locale.ROOT, "| all | %d | %.1f | | | | | |%n", total, total / seconds));
        return b.toString();
    }

    /** Prints the table and writes it beside Gatling's reports. */
    public void report(String title, Path file) {
        String loadAverage;
        try {
            loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
            String table = table(title, loadAverage);
            System.out.println(table);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request, timed into these statistics under its name (every outcome), then checked. */
    public ChainBuilder timed(String name, HttpRequestActionBuilder request, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(responseTimeInMillis().saveAs("rt"), status().saveAs("st")));
        all.addAll(List.of(checks));
        return exec(request.check(all)).exec(session -> {
            if (session.contains("rt")) {
                int st = session.contains("st") ? session.getInt("st") : 0;
                record(name, session.getLong("rt"), st > 0 && st < 400);
            }
            return session.remove("rt").remove("st");
        });
    }

    /** A simulation's table, written to {@code load.out} (default bench/target/gatling) as {@code <simulation>-<run>.md}. */
    public void reportRun(String simulation, LoadSettings settings) {
        report(simulation + String.format(Locale.ROOT, ", %.1f/s for %d s", settings.rate(), settings.seconds()),
                Path.of(System.getProperty("load.out", "bench/target/gatling"), simulation + "-" + settings.runId() + ".md"));
    }
}
