package io.aifashion.recommendation.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The recommendation service's business metrics (docs/observability.md): how long a personal list
 * takes to serve, split by whether it came from the cache or was ranked, and how often the cache
 * answers. Latency is a histogram so that percentiles can be aggregated across instances.
 */
@Component
public class RecommendationMetrics {

    private final Timer fromCache;
    private final Timer ranked;
    private final Counter hits;
    private final Counter misses;

    public RecommendationMetrics(MeterRegistry meters) {
        this.fromCache = latency(meters, "cache");
        this.ranked = latency(meters, "ranked");
        this.hits = Counter.builder("aifashion.recommendation.cache.requests")
                .description("personal-list lookups in the recommendation cache").tag("result", "hit").register(meters);
        this.misses = Counter.builder("aifashion.recommendation.cache.requests")
                .description("personal-list lookups in the recommendation cache").tag("result", "miss").register(meters);
    }

    private static Timer latency(MeterRegistry meters, String source) {
        return Timer.builder("aifashion.recommendation.latency")
                .description("time to answer a personal recommendation list, by where it came from")
                .tag("source", source)
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
                        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters);
    }

    /** A list answered from the cache, {@code nanos} after the request reached the use case. */
    void servedFromCache(long nanos) {
        hits.increment();
        fromCache.record(Duration.ofNanos(nanos));
    }

    /** A cache miss ranked now. */
    void servedRanked(long nanos) {
        misses.increment();
        ranked.record(Duration.ofNanos(nanos));
    }
}
