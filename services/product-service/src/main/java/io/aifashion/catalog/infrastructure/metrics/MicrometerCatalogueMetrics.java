package io.aifashion.catalog.infrastructure.metrics;

import io.aifashion.catalog.application.CatalogueMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The catalogue's metrics in Micrometer (exported by the service kit, e.g. to Prometheus):
 * <ul>
 *   <li>{@code aifashion.catalog.import.rows} — counter, tag {@code outcome} = {@code imported},
 *       {@code rejected} or {@code unknown-colour} (a subset of {@code imported});</li>
 *   <li>{@code aifashion.catalog.colour.search} — timer with a percentile histogram (so p99 can be
 *       aggregated across instances) and the 20 ms objective as a bucket, tag {@code scope} =
 *       {@code all} or {@code category};</li>
 *   <li>{@code aifashion.catalog.colour.search.candidates} — index entries read per search, the
 *       search's work independent of machine load.</li>
 * </ul>
 */
public final class MicrometerCatalogueMetrics implements CatalogueMetrics {

    /** The colour search's latency objective (issue #5: p99 under 20 ms at a million products). */
    static final Duration SEARCH_OBJECTIVE = Duration.ofMillis(20);

    private final Counter imported;
    private final Counter rejected;
    private final Counter unknownColour;
    private final Timer searchAll;
    private final Timer searchCategory;
    private final DistributionSummary candidatesAll;
    private final DistributionSummary candidatesCategory;

    public MicrometerCatalogueMetrics(MeterRegistry registry) {
        this.imported = rows(registry, "imported");
        this.rejected = rows(registry, "rejected");
        this.unknownColour = rows(registry, "unknown-colour");
        this.searchAll = searchTimer(registry, "all");
        this.searchCategory = searchTimer(registry, "category");
        this.candidatesAll = candidates(registry, "all");
        this.candidatesCategory = candidates(registry, "category");
    }

    private static Counter rows(MeterRegistry registry, String outcome) {
        return Counter.builder("aifashion.catalog.import.rows")
                .description("Rows of product imports by outcome (unknown-colour rows are also counted as imported)")
                .baseUnit("rows")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Timer searchTimer(MeterRegistry registry, String scope) {
        return Timer.builder("aifashion.catalog.colour.search")
                .description("CIEDE2000 colour searches (index scan, refinement and product reads)")
                .tag("scope", scope)
                .publishPercentileHistogram()
                .serviceLevelObjectives(SEARCH_OBJECTIVE)
                .register(registry);
    }

    private static DistributionSummary candidates(MeterRegistry registry, String scope) {
        return DistributionSummary.builder("aifashion.catalog.colour.search.candidates")
                .description("Colour index entries read per colour search")
                .baseUnit("entries")
                .tag("scope", scope)
                .register(registry);
    }

    @Override
    public void importRows(long importedRows, long rejectedRows, long unknownColourRows) {
        imported.increment(importedRows);
        rejected.increment(rejectedRows);
        unknownColour.increment(unknownColourRows);
    }

    @Override
    public void colourSearch(long nanos, int candidatesRead, boolean inCategory) {
        (inCategory ? searchCategory : searchAll).record(nanos, TimeUnit.NANOSECONDS);
        (inCategory ? candidatesCategory : candidatesAll).record(candidatesRead);
    }
}
