/**
 * Content-based scoring: item features (category, colour as generic numeric coordinates such as
 * CIELAB, price), the {@link io.aifashion.recommender.content.ContentScorer} port a service can
 * implement with its own colour science, and a feature-profile scorer built from a user's history
 * and known palette.
 */
package io.aifashion.recommender.content;
