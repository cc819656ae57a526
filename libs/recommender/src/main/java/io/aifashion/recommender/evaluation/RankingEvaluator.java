package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.concurrent.ParallelLoop;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.data.SparseRows;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.ItemScorer;
import io.aifashion.recommender.ranking.TopNSelection;

import java.util.BitSet;

/**
 * Ranks ALL items for every user with held-out positives — no sampled negatives, which inflate
 * metrics and can reorder algorithms (Krichene and Rendle 2020) — excluding only what the user
 * already has in training (positives and dislikes), and averages the metrics at k.
 */
public final class RankingEvaluator {

    private final int k;
    private final ParallelLoop loop;

    public RankingEvaluator(int k, ParallelLoop loop) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
        this.loop = loop;
    }

    public int k() {
        return k;
    }

    /**
     * @param train what the scorer was trained on (supplies each user's history and exclusions)
     * @param test  held-out positives; users without any are skipped
     */
    public EvaluationOutcome evaluate(ItemScorer scorer, InteractionMatrix train, InteractionMatrix test) {
        if (scorer.itemCount() != train.itemCount() || test.itemCount() != train.itemCount()) {
            throw new IllegalArgumentException("scorer, train and test disagree on the number of items");
        }
        SparseRows held = test.byUser();
        int[] users = java.util.stream.IntStream.range(0, test.userCount()).filter(u -> held.length(u) > 0).toArray();
        int n = train.itemCount();
        UserMetrics[] perUser = new UserMetrics[users.length];
        int[][] lists = new int[users.length][];
        long[] nanos = new long[users.length];
        loop.forEach(users.length, () -> new float[n], (scores, idx) -> {
            int u = users[idx];
            UserHistory history = train.history(u);
            long start = System.nanoTime();
            scorer.scoreInto(history, scores);
            int[] top = TopNSelection.select(scores, k, ItemFilter.seen(history));
            nanos[idx] = System.nanoTime() - start;
            lists[idx] = top;
            perUser[idx] = RankingMetrics.evaluate(top, held.rowIndices(u), k);
        });
        double p = 0;
        double r = 0;
        double ndcg = 0;
        double map = 0;
        long totalNanos = 0;
        BitSet covered = new BitSet(n);
        for (int idx = 0; idx < users.length; idx++) {
            p += perUser[idx].precision();
            r += perUser[idx].recall();
            ndcg += perUser[idx].ndcg();
            map += perUser[idx].averagePrecision();
            totalNanos += nanos[idx];
            for (int item : lists[idx]) {
                covered.set(item);
            }
        }
        int m = Math.max(1, users.length);
        MetricSummary summary = new MetricSummary(k, p / m, r / m, ndcg / m, map / m,
                n == 0 ? 0 : covered.cardinality() / (double) n, users.length);
        return new EvaluationOutcome(summary, totalNanos / 1e6 / m);
    }
}
