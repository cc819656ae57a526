package io.aifashion.recommender.hybrid;

/**
 * Maximal Marginal Relevance (Carbonell and Goldstein 1998): greedily pick the candidate with the
 * best {@code λ · relevance − (1 − λ) · max similarity to what is already picked}. λ = 1 is the
 * plain relevance order; lower λ trades relevance for variety.
 */
public final class MmrDiversifier {

    private final ItemSimilarity similarity;
    private final double lambda;
    private final int poolFactor;

    /**
     * @param lambda     relevance weight in [0, 1]
     * @param poolFactor how many candidates per final slot to consider (≥ 1)
     */
    public MmrDiversifier(ItemSimilarity similarity, double lambda, int poolFactor) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda must be in [0, 1], was " + lambda);
        }
        if (poolFactor < 1) {
            throw new IllegalArgumentException("poolFactor must be at least 1, was " + poolFactor);
        }
        this.similarity = similarity;
        this.lambda = lambda;
        this.poolFactor = poolFactor;
    }

    /** Candidates to fetch by relevance for a list of {@code n}. */
    public int poolSize(int n) {
        return (int) Math.min(Integer.MAX_VALUE, (long) n * poolFactor);
    }

    /**
     * Re-ranks {@code candidates} (any order) into at most {@code n} items.
     *
     * @param scores relevance per item index; rescaled to [0, 1] over the candidates
     */
    public int[] rerank(int[] candidates, float[] scores, int n) {
        int m = candidates.length;
        int take = Math.min(n, m);
        if (take == 0) {
            return new int[0];
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int c : candidates) {
            lo = Math.min(lo, scores[c]);
            hi = Math.max(hi, scores[c]);
        }
        double range = hi - lo;
        double[] relevance = new double[m];
        for (int k = 0; k < m; k++) {
            relevance[k] = range > 0 ? (scores[candidates[k]] - lo) / range : 1;
        }
        double[] maxSim = new double[m];
        boolean[] picked = new boolean[m];
        int[] out = new int[take];
        for (int slot = 0; slot < take; slot++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < m; k++) {
                if (picked[k]) {
                    continue;
                }
                double value = lambda * relevance[k] - (1 - lambda) * maxSim[k];
                if (value > bestValue || (value == bestValue && best >= 0 && candidates[k] < candidates[best])) {
                    bestValue = value;
                    best = k;
                }
            }
            picked[best] = true;
            int chosen = candidates[best];
            out[slot] = chosen;
            if (lambda < 1) {
                for (int k = 0; k < m; k++) {
                    if (!picked[k]) {
                        maxSim[k] = Math.max(maxSim[k], similarity.similarity(candidates[k], chosen));
                    }
                }
            }
        }
        return out;
    }
}
