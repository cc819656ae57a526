package io.aifashion.recommender.evaluation;

/** Size of the evaluated data after aggregation into (user, item) pairs. */
public record DatasetSummary(int users, int items, int trainPositives, int testPositives, int trainDislikes) {
}
