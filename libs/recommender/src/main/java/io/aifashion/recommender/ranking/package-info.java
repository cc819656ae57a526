/**
 * Ranking building blocks shared by every model: the {@link io.aifashion.recommender.ranking.ItemScorer}
 * port, exclusion filters, top-N partial selection, and the recommendation and explanation values
 * handed to callers.
 */
package io.aifashion.recommender.ranking;
