package io.aifashion.recommender.model;

import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.linalg.CholeskyDecomposition;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.Signal;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EaseTest {

    private static InteractionMatrix randomBinary(int users, int items, double density, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        InteractionLog.Builder b = InteractionLog.builder();
        for (int i = 0; i < items; i++) {
            b.addItem("i" + i);
        }
        for (int u = 0; u < users; u++) {
            b.addUser("u" + u);
            for (int i = 0; i < items; i++) {
                if (r.nextDouble() < density) {
                    b.add("u" + u, "i" + i, 1, 0);
                }
            }
        }
        return b.build().toMatrix();
    }

    @Test
    void closedFormEqualsTheConstrainedRidgeRegressionSolvedColumnByColumn() {
        int n = 12;
        double lambda = 3;
        InteractionMatrix m = randomBinary(40, n, 0.3, 11);
        EaseModel ease = new EaseTrainer(new EaseConfig(lambda, 100, true, 2)).train(m);

        // X as dense 0/1 rows
        double[][] x = new double[m.userCount()][n];
        for (int u = 0; u < m.userCount(); u++) {
            for (int k = m.byUser().start(u); k < m.byUser().end(u); k++) {
                x[u][m.byUser().index(k)] = 1;
            }
        }
        // for each target column j: min ‖X_j − X_{−j} b‖² + λ‖b‖², i.e. (X_{−j}ᵀX_{−j} + λI) b = X_{−j}ᵀ X_j
        for (int j = 0; j < n; j++) {
            int d = n - 1;
            double[] a = new double[d * d];
            double[] rhs = new double[d];
            for (int p = 0, ip = 0; p < n; p++) {
                if (p == j) {
                    continue;
                }
                for (int q = 0, iq = 0; q < n; q++) {
                    if (q == j) {
                        continue;
                    }
                    double s = 0;
                    for (double[] row : x) {
                        s += row[p] * row[q];
                    }
                    a[ip * d + iq] = s + (ip == iq ? lambda : 0);
                    iq++;
                }
                double s = 0;
                for (double[] row : x) {
                    s += row[p] * row[j];
                }
                rhs[ip] = s;
                ip++;
            }
            double[] coefficients = CholeskyDecomposition.of(a, d).solve(rhs);
            for (int p = 0, ip = 0; p < n; p++) {
                if (p == j) {
                    assertThat(ease.weight(j, j)).isZero();
                    continue;
                }
                assertThat((double) ease.weight(p, j)).as("B[%d][%d]", p, j).isCloseTo(coefficients[ip++], within(1e-5));
            }
        }
    }

    @Test
    void scoresAreTheSumOfHistoryRowsAndExplainedByTheStrongestOne() {
        InteractionMatrix m = randomBinary(60, 15, 0.25, 3);
        EaseModel ease = new EaseTrainer(new EaseConfig(5, 100, true, 1)).train(m);
        UserHistory h = UserHistory.of("u", 15, new int[] {2, 7}, new float[] {1, 4}, new int[0], new int[0]);
        float[] s = new float[15];
        ease.scoreInto(h, s);
        for (int j = 0; j < 15; j++) {
            assertThat(s[j]).isCloseTo(ease.weight(2, j) + ease.weight(7, j), within(1e-6f));
        }
        int target = s[0] > s[1] ? 0 : 1;
        Explanation e = ease.explain(h, target);
        if (e.signal() == Signal.ITEM_TO_ITEM) {
            String expected = ease.weight(2, target) >= ease.weight(7, target) ? "i2" : "i7";
            assertThat(e.relatedItemIds()).containsExactly(expected);
            assertThat(e.message()).isEqualTo("Because you liked " + expected);
        } else {
            assertThat(ease.weight(2, target)).isLessThanOrEqualTo(0f);
            assertThat(ease.weight(7, target)).isLessThanOrEqualTo(0f);
        }
    }

    @Test
    void refusesPolitelyAboveTheItemLimitWithoutTraining() {
        InteractionMatrix m = randomBinary(5, 30, 0.5, 1);
        assertThatThrownBy(() -> new EaseTrainer(EaseConfig.defaults().withMaxItems(20)).train(m))
                .isInstanceOf(CatalogueTooLargeException.class)
                .hasMessageContaining("30 items")
                .hasMessageContaining("limited to 20")
                .hasMessageContaining("item-kNN or implicit ALS")
                .satisfies(e -> assertThat(((CatalogueTooLargeException) e).limit()).isEqualTo(20));
    }
}
