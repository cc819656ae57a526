package io.aifashion.bench.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's own latency of one route, from its {@code http.server.requests} histogram (the one
 * it exports to Prometheus; the service kit enables percentile histograms for it). It is timed by
 * the server's observation filter, so it leaves out what the load generator adds on the client
 * side — its HTTP client, parsing the response, its share of the 2 cores and of the GC — which the
 * client-side figures include. Percentiles come from the difference of two snapshots of the
 * cumulative bucket counts, interpolated linearly inside a bucket as Prometheus'
 * {@code histogram_quantile} does; the buckets are Micrometer's (about 10 % apart in this range),
 * so the figures are good to a few percent.
 */
final class ServerLatency {

    private final MeterRegistry registry;
    private final String uri;
    private final Map<Double, Double> before;

    private ServerLatency(MeterRegistry registry, String uri) {
        this.registry = registry;
        this.uri = uri;
        this.before = counts();
    }

    /** Starts counting the requests to {@code uri} (the route template, e.g. {@code /api/v1/products/{id}}). */
    static ServerLatency start(MeterRegistry registry, String uri) {
        return new ServerLatency(registry, uri);
    }

    /** The requests since {@link #start}: n and the p50 / p95 / p99 in milliseconds. */
    Result stop() {
        Map<Double, Double> after = counts();
        TreeMap<Double, Double> delta = new TreeMap<>();
        after.forEach((bound, c) -> delta.put(bound, c - before.getOrDefault(bound, 0.0)));
        double n = delta.isEmpty() ? 0 : delta.lastEntry().getValue();
        return new Result((long) n, quantile(delta, n, 0.50), quantile(delta, n, 0.95), quantile(delta, n, 0.99));
    }

    record Result(long n, double p50, double p95, double p99) {
    }

    /** Cumulative count per bucket upper bound (ms), summed over the route's timers (status, outcome). */
    private Map<Double, Double> counts() {
        Collection<Timer> timers = registry.find("http.server.requests").tag("uri", uri).timers();
        Map<Double, Double> sum = new TreeMap<>();
        for (Timer t : timers) {
            for (CountAtBucket b : t.takeSnapshot().histogramCounts()) {
                sum.merge(b.bucket(TimeUnit.MILLISECONDS), b.count(), Double::sum);
            }
            // the +Inf bucket: every request
            sum.merge(Double.POSITIVE_INFINITY, (double) t.count(), Double::sum);
        }
        return sum;
    }

    private static double quantile(TreeMap<Double, Double> cumulative, double n, double q) {
        if (n <= 0) {
            return Double.NaN;
        }
        double rank = q * n;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            if (e.getValue() >= rank) {
                if (e.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = e.getValue() - lowerCount;
                return inBucket <= 0 ? e.getKey()
                        : lowerBound + (e.getKey() - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = e.getKey();
            lowerCount = e.getValue();
        }
        return lowerBound;
    }
}
