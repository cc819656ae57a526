/**
 * A pure-Java recommender for implicit feedback: popularity, item-kNN, implicit ALS and EASE
 * collaborative models, a content-scoring port, a hybrid ranker with MMR diversification and
 * explanations, and an offline evaluation harness with seeded splits and ranking metrics.
 *
 * <p>The library depends on nothing but the JDK (enforced by an ArchUnit test); the linear algebra
 * it needs lives in {@link io.aifashion.recommender.linalg}.
 */
package io.aifashion.recommender;
