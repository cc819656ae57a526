package io.aifashion.recommender.evaluation;

/** Metrics of one trained scorer on one held-out set, and how long ranking took per user. */
public record EvaluationOutcome(MetricSummary metrics, double scoringMillisPerUser) {
}
