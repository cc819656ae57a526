package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.ranking.ItemScorer;

import java.util.List;

/** A named recommender with a small hyper-parameter grid; the first candidate is the default. */
public interface Algorithm<S extends ItemScorer> {

    String name();

    /** Non-empty; may depend on other algorithms' tuned choices through {@code context}. */
    List<Candidate<S>> candidates(TuningContext context);
}
