package io.aifashion.recommender.model;

import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.Signal;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ImplicitAlsTest {

    private final InteractionMatrix matrix = new PlantedBlockGenerator()
            .generate(new PlantedBlockConfig(200, 120, 4, 12, 0.85, 0.5, 5)).log().toMatrix();

    private ImplicitAlsConfig config(int cgSteps, int threads) {
        return new ImplicitAlsConfig(8, 5, 2, 8, cgSteps, 17, threads);
    }

    @ParameterizedTest(name = "cgSteps={0}")
    @ValueSource(ints = {0, 1, 3})
    void theObjectiveNeverIncreasesAndFallsOverall(int cgSteps) {
        List<Double> losses = new ArrayList<>();
        new ImplicitAlsTrainer(config(cgSteps, 2), Clock.systemUTC(), (it, loss) -> losses.add(loss)).train(matrix);
        assertThat(losses).hasSize(8);
        for (int k = 1; k < losses.size(); k++) {
            assertThat(losses.get(k)).as("iteration %d", k + 1).isLessThanOrEqualTo(losses.get(k - 1) * (1 + 1e-9));
        }
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0));
    }

    @Test
    void foldInSolvesTheFullWeightedLeastSquaresProblem() {
        ImplicitAlsModel model = new ImplicitAlsTrainer(config(3, 1)).train(matrix);
        UserHistory h = matrix.history(7);
        double alpha = 5;
        double lambda = 2;
        int f = model.factors();
        // brute force over ALL items, without the Gramian trick: Σ_i c_i y_i y_iᵀ + λI, b = Σ_i c_i p_i y_i
        double[] a = new double[f * f];
        double[] b = new double[f];
        for (int i = 0; i < matrix.itemCount(); i++) {
            double[] y = model.itemFactor(i);
            boolean positive = h.contains(i);
            double c = positive ? 1 + alpha * matrix.byUser().get(7, i) : 1;
            for (int p = 0; p < f; p++) {
                for (int q = 0; q < f; q++) {
                    a[p * f + q] += c * y[p] * y[q];
                }
                if (positive) {
                    b[p] += c * y[p];
                }
            }
        }
        for (int p = 0; p < f; p++) {
            a[p * f + p] += lambda;
        }
        double[] expected = io.aifashion.recommender.linalg.CholeskyDecomposition.of(a, f).solve(b);
        double[] actual = model.foldIn(h);
        for (int p = 0; p < f; p++) {
            assertThat(actual[p]).isCloseTo(expected[p], within(1e-6 * (1 + Math.abs(expected[p]))));
        }
        float[] scores = new float[matrix.itemCount()];
        model.scoreInto(h, scores);
        double[] y3 = model.itemFactor(3);
        double dot = 0;
        for (int p = 0; p < f; p++) {
            dot += expected[p] * y3[p];
        }
        assertThat((double) scores[3]).isCloseTo(dot, within(1e-4));
    }

    @Test
    void trainingIsIdenticalWithOneOrTwoThreads() {
        ImplicitAlsModel one = new ImplicitAlsTrainer(config(3, 1)).train(matrix);
        ImplicitAlsModel two = new ImplicitAlsTrainer(config(3, 2)).train(matrix);
        for (int i = 0; i < matrix.itemCount(); i++) {
            assertThat(two.itemFactor(i)).containsExactly(one.itemFactor(i));
        }
    }

    @Test
    void anEmptyHistoryScoresZeroAndExplanationsPointIntoTheHistory() {
        ImplicitAlsModel model = new ImplicitAlsTrainer(config(3, 2)).train(matrix);
        float[] s = new float[matrix.itemCount()];
        model.scoreInto(UserHistory.empty("new", matrix.itemCount()), s);
        for (float v : s) {
            assertThat(v).isZero();
        }
        UserHistory h = matrix.history(3);
        model.scoreInto(h, s);
        int best = -1;
        for (int i = 0; i < s.length; i++) {
            if (!h.contains(i) && (best < 0 || s[i] > s[best])) {
                best = i;
            }
        }
        Explanation e = model.explain(h, best);
        assertThat(e.signal()).isEqualTo(Signal.LATENT_TASTE);
        assertThat(e.relatedItemIds()).hasSize(1);
        assertThat(h.contains(matrix.items().indexOf(e.relatedItemIds().get(0)))).isTrue();
        int[] several = {best, 0, 5, 9};
        List<Explanation> batch = model.explain(h, several);
        for (int k = 0; k < several.length; k++) {
            assertThat(batch.get(k)).isEqualTo(model.explain(h, several[k]));
        }
    }
}
