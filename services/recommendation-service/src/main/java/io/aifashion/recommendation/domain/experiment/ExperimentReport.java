package io.aifashion.recommendation.domain.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An experiment's results: per variant the exposed users, click-through (share of exposed users who
 * clicked a product they were shown) and conversion (share who bought one), and for every variant
 * but the control a two-proportion z-test of each rate against the control's.
 */
public record ExperimentReport(Experiment experiment, List<VariantResult> variants, List<Comparison> comparisons) {

    /** Two-sided significance level used for the {@code significant} flag. */
    public static final double ALPHA = 0.05;

    public ExperimentReport {
        Objects.requireNonNull(experiment, "experiment");
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
    }

    public record VariantResult(Variant variant, VariantCounts counts) {
        public double clickThroughRate() {
            return counts.exposed() == 0 ? 0 : (double) counts.clicked() / counts.exposed();
        }

        public double addToCartRate() {
            return counts.exposed() == 0 ? 0 : (double) counts.addedToCart() / counts.exposed();
        }

        public double conversionRate() {
            return counts.exposed() == 0 ? 0 : (double) counts.purchased() / counts.exposed();
        }
    }

    /** One metric of one variant against the control; {@code test} is empty when undefined (no data, no variance). */
    public record Comparison(String variant, String control, String metric, Optional<TwoProportionZTest.Result> test) {
    }

    public static ExperimentReport of(Experiment experiment, List<VariantCounts> counts) {
        Map<String, VariantCounts> byName = counts.stream()
                .collect(Collectors.toMap(VariantCounts::variant, Function.identity(), (a, b) -> a));
        List<VariantResult> results = new ArrayList<>();
        for (Variant v : experiment.variants()) {
            results.add(new VariantResult(v, byName.getOrDefault(v.name(), new VariantCounts(v.name(), 0, 0, 0, 0))));
        }
        VariantCounts control = results.getFirst().counts();
        List<Comparison> comparisons = new ArrayList<>();
        for (VariantResult r : results.subList(1, results.size())) {
            VariantCounts c = r.counts();
            comparisons.add(new Comparison(c.variant(), control.variant(), "click-through",
                    TwoProportionZTest.compare(control.clicked(), control.exposed(), c.clicked(), c.exposed())));
            comparisons.add(new Comparison(c.variant(), control.variant(), "conversion",
                    TwoProportionZTest.compare(control.purchased(), control.exposed(), c.purchased(), c.exposed())));
        }
        return new ExperimentReport(experiment, results, comparisons);
    }
}
