package io.aifashion.recommender.evaluation;

import java.util.Arrays;

/**
 * Top-k ranking metrics with binary relevance.
 * <ul>
 *   <li>precision@k = hits / k (k, not the list length, so short lists are not rewarded);</li>
 *   <li>recall@k = hits / |relevant|;</li>
 *   <li>nDCG@k = DCG / IDCG with DCG = Σ_{r≤k} rel_r / log2(r + 1) and the ideal DCG over
 *       min(|relevant|, k) hits (Järvelin and Kekäläinen 2002);</li>
 *   <li>AP@k = Σ_{r≤k} precision@r · rel_r / min(|relevant|, k), averaged over users into MAP@k.</li>
 * </ul>
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * @param ranked   recommended items, best first (only the first k count)
     * @param relevant the user's held-out items, sorted ascending, non-empty
     */
    public static UserMetrics evaluate(int[] ranked, int[] relevant, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (relevant.length == 0) {
            throw new IllegalArgumentException("a user without relevant items cannot be evaluated");
        }
        int hits = 0;
        double dcg = 0;
        double precisionSum = 0;
        int depth = Math.min(k, ranked.length);
        for (int r = 0; r < depth; r++) {
            if (Arrays.binarySearch(relevant, ranked[r]) >= 0) {
                hits++;
                dcg += 1 / log2(r + 2);
                precisionSum += hits / (double) (r + 1);
            }
        }
        int ideal = Math.min(relevant.length, k);
        double idcg = 0;
        for (int r = 0; r < ideal; r++) {
            idcg += 1 / log2(r + 2);
        }
        return new UserMetrics(hits / (double) k, hits / (double) relevant.length, dcg / idcg, precisionSum / ideal);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
