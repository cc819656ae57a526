package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.model.CollaborativeModel;

/** Lets an algorithm build on another's tuned choice (the hybrid on its collaborative base). */
@FunctionalInterface
public interface TuningContext {

    /** The chosen candidate of {@code algorithm}, tuning it first if needed. */
    Candidate<CollaborativeModel> best(Algorithm<CollaborativeModel> algorithm);
}
