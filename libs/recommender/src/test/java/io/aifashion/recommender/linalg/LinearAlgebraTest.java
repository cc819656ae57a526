package io.aifashion.recommender.linalg;

import io.aifashion.recommender.concurrent.ParallelLoop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearAlgebraTest {

    /** A random symmetric positive-definite matrix: MᵀM + n·I. */
    static DenseMatrix randomSpd(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n * n; i++) {
            m.data()[i] = r.nextGaussian();
        }
        DenseMatrix a = m.transpose().multiply(m);
        for (int i = 0; i < n; i++) {
            a.set(i, i, a.get(i, i) + n);
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 47, 48, 49, 97, 130})
    void blockedGaussJordanInvertsAcrossBlockBoundaries(int n) {
        DenseMatrix a = randomSpd(n, n);
        DenseMatrix inv = a.copy();
        new SymmetricInversion(new ParallelLoop(2)).invertInPlace(inv.data(), n);
        assertThat(a.multiply(inv).maxAbsDifference(DenseMatrix.identity(n))).isLessThan(1e-9);
    }

    @Test
    void inversionIsIdenticalForAnyThreadCount() {
        DenseMatrix a = randomSpd(100, 5);
        DenseMatrix one = a.copy();
        DenseMatrix two = a.copy();
        new SymmetricInversion(new ParallelLoop(1)).invertInPlace(one.data(), 100);
        new SymmetricInversion(new ParallelLoop(2)).invertInPlace(two.data(), 100);
        assertThat(one.maxAbsDifference(two)).isZero();
    }

    @Test
    void inversionRefusesAnIndefiniteMatrix() {
        double[] a = {1, 2, 2, 1}; // eigenvalues 3 and −1
        assertThatThrownBy(() -> new SymmetricInversion(new ParallelLoop(1)).invertInPlace(a, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive definite");
    }

    @Test
    void choleskySolvesAndReconstructs() {
        DenseMatrix a = randomSpd(20, 9);
        CholeskyDecomposition c = CholeskyDecomposition.of(a);
        DenseMatrix l = c.lower();
        assertThat(l.multiply(l.transpose()).maxAbsDifference(a)).isLessThan(1e-9);
        double[] b = new double[20];
        for (int i = 0; i < 20; i++) {
            b[i] = i - 7;
        }
        double[] x = c.solve(b);
        DenseMatrix ax = a.multiply(DenseMatrix.wrap(20, 1, x));
        for (int i = 0; i < 20; i++) {
            assertThat(ax.get(i, 0)).isCloseTo(b[i], within(1e-9));
        }
        assertThatThrownBy(() -> CholeskyDecomposition.of(new double[] {-1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conjugateGradientReachesTheExactSolutionAndNeverRaisesTheObjective() {
        int n = 12;
        DenseMatrix a = randomSpd(n, 4);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = Math.sin(i);
        }
        double[] exact = CholeskyDecomposition.of(a).solve(b);
        LinearOperator op = (v, out) -> {
            for (int i = 0; i < n; i++) {
                out[i] = Vectors.dot(a.data(), i * n, v, 0, n);
            }
        };
        double[] x = new double[n];
        ConjugateGradient cg = new ConjugateGradient(n);
        double previous = objective(a, b, x);
        for (int step = 0; step < n; step++) {
            cg.solve(op, b, x, 1, 0);
            double now = objective(a, b, x);
            assertThat(now).isLessThanOrEqualTo(previous + 1e-12);
            previous = now;
        }
        cg.solve(op, b, x, n, 1e-30);
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(exact[i], within(1e-8));
        }
    }

    private static double objective(DenseMatrix a, double[] b, double[] x) {
        int n = b.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += 0.5 * x[i] * Vectors.dot(a.data(), i * n, x, 0, n) - b[i] * x[i];
        }
        return s;
    }

    @Test
    void gramianIsAᵀAAndDeterministicAcrossThreads() {
        SplittableRandom r = new SplittableRandom(1);
        DenseMatrix y = new DenseMatrix(3000, 7);
        for (int i = 0; i < y.data().length; i++) {
            y.data()[i] = r.nextGaussian();
        }
        DenseMatrix g1 = y.gramian(new ParallelLoop(1));
        DenseMatrix g2 = y.gramian(new ParallelLoop(2));
        assertThat(g1.maxAbsDifference(g2)).isZero();
        assertThat(g1.maxAbsDifference(y.transpose().multiply(y))).isLessThan(1e-9);
    }
}
