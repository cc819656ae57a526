/**
 * Serving-time ranking: the {@link io.aifashion.recommender.hybrid.HybridRanker} blending a
 * collaborative model with a content scorer by how much is known about the user and the item,
 * exclusion filters, MMR diversification (Carbonell and Goldstein 1998) and per-item explanations.
 */
package io.aifashion.recommender.hybrid;
