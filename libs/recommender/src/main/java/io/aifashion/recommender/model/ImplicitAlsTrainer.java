package io.aifashion.recommender.model;

import io.aifashion.recommender.concurrent.ParallelLoop;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.SparseRows;
import io.aifashion.recommender.linalg.CholeskyDecomposition;
import io.aifashion.recommender.linalg.ConjugateGradient;
import io.aifashion.recommender.linalg.DenseMatrix;
import io.aifashion.recommender.linalg.LinearOperator;
import io.aifashion.recommender.linalg.Vectors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren and Volinsky
 * 2008, "Collaborative Filtering for Implicit Feedback Datasets"). Every user-item pair is a
 * training example with preference {@code p = [r > 0]} and confidence {@code c = 1 + α·r}; the
 * objective is
 * <pre>  Σ_{u,i} c_ui (p_ui − x_uᵀy_i)² + λ (Σ‖x_u‖² + Σ‖y_i‖²).</pre>
 * With the items fixed, each user's optimum solves
 * <pre>  (YᵀY + λI + Yᵀ(C_u − I)Y) x_u = Yᵀ C_u p_u.</pre>
 * The Gramian trick: YᵀY is shared by all users and computed once per half-step, and
 * {@code Yᵀ(C_u − I)Y} only involves the user's own items, so a row costs O(|I_u|·f) per
 * matrix-vector product instead of O(items·f). Rows are solved with a few warm-started conjugate
 * gradient steps (Takács, Pilászy and Tikk 2011) that apply this operator without forming it;
 * users and items are solved in parallel, each worker with its own buffers.
 */
public final class ImplicitAlsTrainer implements ModelTrainer<ImplicitAlsModel> {

    private final ImplicitAlsConfig config;
    private final Clock clock;
    private final TrainingListener listener;

    public ImplicitAlsTrainer(ImplicitAlsConfig config) {
        this(config, Clock.systemUTC(), null);
    }

    /**
     * @param listener receives the full objective after each iteration, or null to skip computing it
     */
    public ImplicitAlsTrainer(ImplicitAlsConfig config, Clock clock, TrainingListener listener) {
        this.config = config;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public ImplicitAlsModel train(InteractionMatrix matrix) {
        long start = System.nanoTime();
        int f = config.factors();
        int nUsers = matrix.userCount();
        int nItems = matrix.itemCount();
        double[] x = new double[nUsers * f];
        double[] y = new double[nItems * f];
        SplittableRandom random = new SplittableRandom(config.seed());
        double scale = 0.1 / Math.sqrt(f);
        for (int k = 0; k < y.length; k++) {
            y[k] = random.nextGaussian() * scale;
        }
        ParallelLoop loop = new ParallelLoop(config.threads());
        SparseRows byUser = matrix.byUser();
        SparseRows byItem = matrix.byItem();
        for (int it = 1; it <= config.iterations(); it++) {
            halfStep(loop, byUser, x, y, f);
            halfStep(loop, byItem, y, x, f);
            if (listener != null) {
                listener.iterationFinished(it, loss(loop, byUser, x, y, f));
            }
        }
        float[] itemFactors = new float[y.length];
        for (int k = 0; k < y.length; k++) {
            float v = (float) y[k];
            itemFactors[k] = Math.abs(v) < Float.MIN_NORMAL ? 0f : v; // no subnormals: they cost ~100 cycles per operation
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ModelMetadata meta = ModelMetadata.create("ials", config.asParameters(), Instant.now(clock), took,
                nUsers, nItems, matrix.positiveCount(), matrix.fingerprint());
        return new ImplicitAlsModel(meta, matrix.items(), f, itemFactors, config.alpha(), config.regularization(),
                matrix.itemSupport());
    }

    /**
     * Solves every row of {@code target} (users, or items) with the other side's factors fixed.
     * {@code rows} holds each target row's non-zeros; {@code other} the fixed factors.
     */
    private void halfStep(ParallelLoop loop, SparseRows rows, double[] target, double[] other, int f) {
        double[] gram = DenseMatrix.wrap(other.length / f, f, other).gramian(loop).data();
        double alpha = config.alpha();
        double lambda = config.regularization();
        int cgSteps = config.cgSteps();
        loop.forEach(rows.rows(), () -> new RowSolver(f, gram, other, rows, alpha, lambda), (solver, r) -> {
            if (rows.length(r) == 0) {
                // no observations: b = 0, so the optimum is exactly the zero vector (and CG would only
                // shrink the random start towards it, into subnormal numbers that slow scoring down)
                java.util.Arrays.fill(target, r * f, (r + 1) * f, 0.0);
            } else if (cgSteps == 0) {
                solver.solveExactly(r, target);
            } else {
                solver.improveByConjugateGradient(r, target, cgSteps);
            }
        });
    }

    /** The objective above, via the Gramian so the all-zeros part costs O(users·f²). */
    private double loss(ParallelLoop loop, SparseRows byUser, double[] x, double[] y, int f) {
        double[] gram = DenseMatrix.wrap(y.length / f, f, y).gramian(loop).data();
        double[] perUser = new double[byUser.rows()];
        double alpha = config.alpha();
        loop.forEach(byUser.rows(), () -> new double[f], (gx, u) -> {
            int xo = u * f;
            for (int a = 0; a < f; a++) {
                gx[a] = Vectors.dot(gram, a * f, x, xo, f);
            }
            double s = Vectors.dot(x, xo, gx, 0, f);
            for (int k = byUser.start(u); k < byUser.end(u); k++) {
                double pred = Vectors.dot(x, xo, y, byUser.index(k) * f, f);
                double c = 1 + alpha * byUser.value(k);
                s += c * (1 - pred) * (1 - pred) - pred * pred;
            }
            perUser[u] = s;
        });
        double total = 0;
        for (double v : perUser) {
            total += v;
        }
        double norms = Vectors.dot(x, x) + Vectors.dot(y, y);
        return total + config.regularization() * norms;
    }

    /** One worker's buffers for solving rows; also the linear operator of the current row. */
    private static final class RowSolver implements LinearOperator {
        private final int f;
        private final double[] gram;
        private final double[] other;
        private final SparseRows rows;
        private final double alpha;
        private final double lambda;
        private final double[] b;
        private final double[] system;
        private final double[] lower;
        private final ConjugateGradient cg;
        private int row;

        RowSolver(int f, double[] gram, double[] other, SparseRows rows, double alpha, double lambda) {
            this.f = f;
            this.gram = gram;
            this.other = other;
            this.rows = rows;
            this.alpha = alpha;
            this.lambda = lambda;
            this.b = new double[f];
            this.system = new double[f * f];
            this.lower = new double[f * f];
            this.cg = new ConjugateGradient(f);
        }

        /** b = Yᵀ C_u p_u = Σ_{i ∈ I_u} (1 + α r_ui) y_i. */
        private void rightHandSide() {
            java.util.Arrays.fill(b, 0);
            for (int k = rows.start(row); k < rows.end(row); k++) {
                double c = 1 + alpha * rows.value(k);
                Vectors.axpy(c, other, rows.index(k) * f, b, 0, f);
            }
        }

        void improveByConjugateGradient(int r, double[] target, int steps) {
            row = r;
            rightHandSide();
            double[] xr = new double[f];
            System.arraycopy(target, r * f, xr, 0, f);
            cg.solve(this, b, xr, steps, 1e-20);
            System.arraycopy(xr, 0, target, r * f, f);
        }

        void solveExactly(int r, double[] target) {
            row = r;
            rightHandSide();
            System.arraycopy(gram, 0, system, 0, f * f);
            for (int a = 0; a < f; a++) {
                system[a * f + a] += lambda;
            }
            for (int k = rows.start(r); k < rows.end(r); k++) {
                double w = alpha * rows.value(k);
                int yo = rows.index(k) * f;
                for (int a = 0; a < f; a++) {
                    Vectors.axpy(w * other[yo + a], other, yo, system, a * f, f);
                }
            }
            CholeskyDecomposition.factorInto(system, f, lower);
            double[] xr = new double[f];
            CholeskyDecomposition.solveWith(lower, f, b, xr);
            System.arraycopy(xr, 0, target, r * f, f);
        }

        /** (YᵀY + λI) v + Σ_{i ∈ I_u} α r_ui (y_i·v) y_i. */
        @Override
        public void apply(double[] v, double[] out) {
            for (int a = 0; a < f; a++) {
                out[a] = Vectors.dot(gram, a * f, v, 0, f) + lambda * v[a];
            }
            for (int k = rows.start(row); k < rows.end(row); k++) {
                int yo = rows.index(k) * f;
                double w = alpha * rows.value(k) * Vectors.dot(other, yo, v, 0, f);
                Vectors.axpy(w, other, yo, out, 0, f);
            }
        }
    }
}
