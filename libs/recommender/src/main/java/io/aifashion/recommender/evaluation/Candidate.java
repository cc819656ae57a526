package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.ranking.ItemScorer;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One point of an algorithm's hyper-parameter grid: its parameters and how to fit it. Candidates
 * are compared by identity (the fit is a function), which is what the fitted-model cache needs.
 */
public final class Candidate<S extends ItemScorer> {

    private final String algorithm;
    private final Map<String, String> parameters;
    private final Fit<S> fit;

    public Candidate(String algorithm, Map<String, String> parameters, Fit<S> fit) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        this.fit = Objects.requireNonNull(fit, "fit");
    }

    public String algorithm() {
        return algorithm;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    Fit<S> fit() {
        return fit;
    }

    @Override
    public String toString() {
        return algorithm + parameters;
    }

    /** Trains the candidate; {@code fitted} gives memoised access to other candidates' models. */
    @FunctionalInterface
    public interface Fit<S extends ItemScorer> {
        S fit(io.aifashion.recommender.data.InteractionMatrix train, FittedScorers fitted);
    }
}
