package io.aifashion.recommender.evaluation;

/** Ranking quality for one user at a cut-off k. */
public record UserMetrics(double precision, double recall, double ndcg, double averagePrecision) {
}
