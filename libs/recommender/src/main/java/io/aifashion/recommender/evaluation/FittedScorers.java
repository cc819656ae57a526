package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.ranking.ItemScorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Memoises fitted candidates per training matrix, so a hybrid reuses the very collaborative model
 * that was evaluated on its own (a fair comparison, and no second training), and records each
 * fit's training time including the time of the cached models it builds on. Single-threaded.
 */
public final class FittedScorers {

    private final Map<InteractionMatrix, Map<Candidate<?>, Entry>> byMatrix = new IdentityHashMap<>();
    private final Deque<double[]> inherited = new ArrayDeque<>();

    /** The candidate fitted on {@code train}, training it on first use. */
    @SuppressWarnings("unchecked")
    public <S extends ItemScorer> S get(Candidate<S> candidate, InteractionMatrix train) {
        Map<Candidate<?>, Entry> fits = byMatrix.computeIfAbsent(train, m -> new IdentityHashMap<>());
        Entry cached = fits.get(candidate);
        if (cached != null) {
            if (!inherited.isEmpty()) {
                inherited.peek()[0] += cached.seconds;
            }
            return (S) cached.scorer;
        }
        inherited.push(new double[1]);
        long start = System.nanoTime();
        S scorer;
        double reused;
        try {
            scorer = candidate.fit().fit(train, this);
        } finally {
            reused = inherited.pop()[0];
        }
        double own = (System.nanoTime() - start) / 1e9;
        fits.put(candidate, new Entry(scorer, own + reused));
        return scorer;
    }

    /** Training seconds of a fitted candidate (its own plus those of cached models it reused). */
    public double trainSeconds(Candidate<?> candidate, InteractionMatrix train) {
        Map<Candidate<?>, Entry> fits = byMatrix.get(train);
        Entry e = fits == null ? null : fits.get(candidate);
        if (e == null || e.scorer == null) {
            throw new IllegalStateException(candidate + " has not been fitted on this matrix");
        }
        return e.seconds;
    }

    /** Drops every fit on {@code train} except those of {@code keep} (frees tuning candidates' memory). */
    public void retainOnly(InteractionMatrix train, Set<Candidate<?>> keep) {
        Map<Candidate<?>, Entry> fits = byMatrix.get(train);
        if (fits != null) {
            fits.keySet().removeIf(c -> keep.stream().noneMatch(k -> k == c));
        }
    }

    private record Entry(ItemScorer scorer, double seconds) {
    }
}
