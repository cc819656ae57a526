package io.aifashion.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentReport;
import io.aifashion.recommendation.domain.experiment.InvalidExperimentException;
import io.aifashion.recommendation.domain.experiment.NormalDistribution;
import io.aifashion.recommendation.domain.experiment.TwoProportionZTest;
import io.aifashion.recommendation.domain.experiment.Variant;
import io.aifashion.recommendation.domain.experiment.VariantCounts;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperimentStatisticsTest {

    /**
     * Reference values of Φ, 0.5·erfc(−x/√2), computed independently in double precision (they agree with
     * printed tables, e.g. Φ(1.96) = 0.97500).
     */
    @Test
    void normalDistributionMatchesReferenceValuesToFullPrecision() {
        double[][] reference = {
            {0.0, 0.5},
            {0.3, 0.6179114221889526},
            {0.5, 0.6914624612740131},
            {1.0, 0.8413447460685429},
            {1.96, 0.9750021048517795},
            {2.0, 0.9772498680518208},
            {3.0, 0.9986501019683699},
            {-0.6, 0.2742531177500736},
        };
        for (double[] r : reference) {
            assertThat(NormalDistribution.cdf(r[0])).as("Φ(%s)", r[0]).isCloseTo(r[1], within(2e-16));
            assertThat(NormalDistribution.upperTail(-r[0])).as("1 − Φ(%s)", -r[0]).isCloseTo(r[1], within(2e-16));
        }
    }

    @Test
    void farTailsKeepTheirRelativeAccuracy() {
        // 1 − Φ(x) computed as 1 − cdf would be 0 here; the tail is computed directly.
        assertThat(NormalDistribution.upperTail(8)).isCloseTo(6.220960574271819e-16, within(1e-28));
        assertThat(NormalDistribution.cdf(-10)).isCloseTo(7.619853024160593e-24, within(1e-35));
        assertThat(NormalDistribution.upperTail(7)).isCloseTo(1.279812543885835e-12, within(1e-25));
        assertThat(NormalDistribution.cdf(-40)).isZero();
        assertThat(NormalDistribution.twoSidedP(0)).isEqualTo(1.0);
    }

    /**
     * By hand: control 100 of 1000 clicked, treatment 130 of 1000. Pooled p̂ = 230/2000 = 0.115;
     * SE = √(0.115 · 0.885 · (1/1000 + 1/1000)) = √0.00020355 = 0.0142671; z = 0.03 / 0.0142671 = 2.10274;
     * p = 2·(1 − Φ(2.10274)) = 2 · 0.0177442 = 0.0354885.
     */
    @Test
    void twoProportionTestOnKnownCounts() {
        TwoProportionZTest.Result r = TwoProportionZTest.compare(100, 1000, 130, 1000).orElseThrow();
        assertThat(r.difference()).isCloseTo(0.03, within(1e-12));
        assertThat(r.z()).isCloseTo(2.10274, within(1e-5));
        assertThat(r.pValue()).isCloseTo(0.0354885, within(1e-6));
        assertThat(r.significantAt(0.05)).isTrue();
        assertThat(r.significantAt(0.01)).isFalse();
        assertThat(r.approximationReliable()).isTrue();
        // symmetric: swapping the arms flips z, keeps p
        TwoProportionZTest.Result swapped = TwoProportionZTest.compare(130, 1000, 100, 1000).orElseThrow();
        assertThat(swapped.z()).isCloseTo(-r.z(), within(1e-12));
        assertThat(swapped.pValue()).isCloseTo(r.pValue(), within(1e-15));
    }

    @Test
    void theTestIsUndefinedWithoutDataOrVariance() {
        assertThat(TwoProportionZTest.compare(0, 0, 3, 10)).isEmpty();
        assertThat(TwoProportionZTest.compare(0, 10, 0, 10)).isEmpty();
        assertThat(TwoProportionZTest.compare(10, 10, 10, 10)).isEmpty();
        assertThat(TwoProportionZTest.compare(1, 10, 2, 10).orElseThrow().approximationReliable()).isFalse();
        assertThatThrownBy(() -> TwoProportionZTest.compare(11, 10, 2, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assignmentIsDeterministicAndFollowsTheTrafficSplit() {
        Experiment e = Experiment.start(UUID.fromString("6f1c0c1e-7c0a-4c55-9d4e-2b1f7a3e9c11"), "knn vs ials", null,
                List.of(variant("control", Algorithm.ITEM_KNN, 20), variant("ials", Algorithm.IALS, 30)), "admin",
                Instant.parse("2026-01-01T00:00:00Z"));
        Map<String, Integer> counts = new HashMap<>();
        for (int u = 0; u < 20_000; u++) {
            String user = "user-" + u;
            String arm = e.assign(user).map(Variant::name).orElse("none");
            assertThat(e.assign(user).map(Variant::name).orElse("none")).isEqualTo(arm);
            int bucket = Experiment.bucket(e.id(), user);
            assertThat(arm).isEqualTo(bucket < 20 ? "control" : bucket < 50 ? "ials" : "none");
            counts.merge(arm, 1, Integer::sum);
        }
        // uniform buckets: 20 %, 30 % and 50 % of 20,000 within four standard deviations
        assertThat(counts.get("control")).isBetween(4000 - 230, 4000 + 230);
        assertThat(counts.get("ials")).isBetween(6000 - 260, 6000 + 260);
        assertThat(counts.get("none")).isBetween(10000 - 290, 10000 + 290);
        // another experiment shuffles users independently
        Experiment other = Experiment.start(UUID.randomUUID(), "other", null, e.variants(), "admin", Instant.EPOCH);
        long same = java.util.stream.IntStream.range(0, 2000)
                .filter(u -> Experiment.bucket(e.id(), "user-" + u) == Experiment.bucket(other.id(), "user-" + u)).count();
        assertThat(same).isLessThan(60);
    }

    @Test
    void invalidDefinitionsNameTheirField() {
        assertThatThrownBy(() -> Experiment.start(UUID.randomUUID(), "x", null,
                List.of(variant("a", Algorithm.ITEM_KNN, 60), variant("b", Algorithm.IALS, 50)), "admin", Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidExperimentException.class, ex -> assertThat(ex.field()).isEqualTo("variants"));
        assertThatThrownBy(() -> Experiment.start(UUID.randomUUID(), "x", null,
                List.of(variant("a", Algorithm.ITEM_KNN, 50), variant("a", Algorithm.IALS, 50)), "admin", Instant.EPOCH))
                .isInstanceOf(InvalidExperimentException.class).hasMessageContaining("repeats");
        assertThatThrownBy(() -> variant("Bad Name", Algorithm.ITEM_KNN, 10))
                .isInstanceOfSatisfying(InvalidExperimentException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
    }

    @Test
    void reportComparesEveryVariantWithTheControl() {
        Experiment e = Experiment.start(UUID.randomUUID(), "three arms", null, List.of(
                variant("control", Algorithm.ITEM_KNN, 34), variant("ials", Algorithm.IALS, 33),
                variant("pop", Algorithm.POPULARITY, 33)), "admin", Instant.EPOCH);
        ExperimentReport report = ExperimentReport.of(e, List.of(new VariantCounts("control", 1000, 100, 40, 20),
                new VariantCounts("ials", 1000, 130, 50, 35)));
        assertThat(report.variants()).extracting(v -> v.variant().name()).containsExactly("control", "ials", "pop");
        assertThat(report.variants().get(1).clickThroughRate()).isEqualTo(0.13);
        assertThat(report.variants().get(2).counts().exposed()).isZero();
        assertThat(report.comparisons()).hasSize(4);
        var conversion = report.comparisons().get(1);
        assertThat(conversion.metric()).isEqualTo("conversion");
        // 20/1000 vs 35/1000: p̂ = 0.0275, SE = √(0.0275·0.9725·0.002) = 0.0073135, z = 2.05100, p = 0.040267
        assertThat(conversion.test().orElseThrow().z()).isCloseTo(2.05100, within(1e-5));
        assertThat(conversion.test().orElseThrow().pValue()).isCloseTo(0.040267, within(1e-6));
        assertThat(report.comparisons().get(2).test()).isEmpty();
    }

    private static Variant variant(String name, Algorithm algorithm, int percent) {
        return new Variant(name, new RankingVariant(algorithm, 0.7), percent);
    }
}
