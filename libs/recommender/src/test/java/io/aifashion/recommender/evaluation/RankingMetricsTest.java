package io.aifashion.recommender.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    @Test
    void handComputedCase() {
        // hits at ranks 2 and 4; three relevant items
        UserMetrics m = RankingMetrics.evaluate(new int[] {3, 1, 7, 5}, new int[] {1, 5, 9}, 4);
        double dcg = 1 / log2(3) + 1 / log2(5);
        double idcg = 1 + 1 / log2(3) + 1 / log2(4); // min(|relevant| = 3, k = 4) ideal hits
        assertThat(m.ndcg()).isCloseTo(dcg / idcg, within(1e-12));
        assertThat(m.ndcg()).isCloseTo(0.49819, within(1e-5));
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(m.averagePrecision()).isCloseTo((1 / 2.0 + 2 / 4.0) / 3, within(1e-12));
    }

    @Test
    void idealDcgIsCappedAtK() {
        UserMetrics m = RankingMetrics.evaluate(new int[] {1, 5, 2}, new int[] {1, 5, 9}, 2);
        assertThat(m.ndcg()).isEqualTo(1.0);
        assertThat(m.averagePrecision()).isEqualTo(1.0);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void missesAndShortListsScoreZeroAndPrecisionDividesByK() {
        assertThat(RankingMetrics.evaluate(new int[] {4, 6}, new int[] {1}, 10).ndcg()).isZero();
        UserMetrics shortList = RankingMetrics.evaluate(new int[] {1}, new int[] {1}, 10);
        assertThat(shortList.precision()).isEqualTo(0.1);
        assertThat(shortList.ndcg()).isEqualTo(1.0);
    }

    @Test
    void aSingleHitAtRankThree() {
        assertThat(RankingMetrics.evaluate(new int[] {8, 9, 1}, new int[] {1}, 3).ndcg()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rejectsUsersWithoutRelevantItems() {
        assertThatThrownBy(() -> RankingMetrics.evaluate(new int[] {1}, new int[0], 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
