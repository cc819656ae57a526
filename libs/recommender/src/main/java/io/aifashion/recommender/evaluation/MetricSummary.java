package io.aifashion.recommender.evaluation;

/**
 * Metrics averaged over the evaluated users, plus catalogue coverage: the share of all items that
 * appear in at least one user's top-k.
 */
public record MetricSummary(int k, double precision, double recall, double ndcg, double map, double coverage, int users) {
}
