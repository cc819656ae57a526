package io.aifashion.recommendation.domain.experiment;

import java.util.Optional;

/**
 * The two-sample test of H₀: π₁ = π₂ for two binomial proportions, with the variance estimated under
 * H₀ from the pooled proportion — the score test for comparing two proportions (A. Agresti,
 * "Categorical Data Analysis", 3rd ed., Wiley 2013, chapters 2–3; z² equals Pearson's X² for the
 * 2×2 table of arm × outcome):
 * <pre>
 *   p̂ᵢ = xᵢ/nᵢ,   p̂ = (x₁ + x₂)/(n₁ + n₂),
 *   z  = (p̂₂ − p̂₁) / √( p̂(1 − p̂)(1/n₁ + 1/n₂) ),   p = 2·(1 − Φ(|z|))
 * </pre>
 * The normal approximation wants roughly five successes and five failures in each arm (Agresti's
 * rule of thumb); {@link Result#approximationReliable()} says whether that holds, and the report shows
 * it rather than hiding the number.
 */
public final class TwoProportionZTest {

    private TwoProportionZTest() {
    }

    /**
     * @return empty when the test is undefined: an empty arm, or a pooled proportion of 0 or 1 (no variance)
     */
    public static Optional<Result> compare(long x1, long n1, long x2, long n2) {
        if (x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
            throw new IllegalArgumentException("successes must be between 0 and the number of trials");
        }
        if (n1 == 0 || n2 == 0) {
            return Optional.empty();
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        if (!(variance > 0)) {
            return Optional.empty();
        }
        double z = (p2 - p1) / Math.sqrt(variance);
        boolean reliable = Math.min(Math.min(x1, n1 - x1), Math.min(x2, n2 - x2)) >= 5;
        return Optional.of(new Result(p2 - p1, z, NormalDistribution.twoSidedP(z), reliable));
    }

    /**
     * @param difference p̂₂ − p̂₁
     * @param pValue     two-sided
     */
    public record Result(double difference, double z, double pValue, boolean approximationReliable) {

        /** Significant at level α (two-sided). */
        public boolean significantAt(double alpha) {
            return pValue < alpha;
        }
    }
}
