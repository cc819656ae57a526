/**
 * Synthetic data with known structure for tests, benchmarks and offline evaluation where real data
 * cannot be downloaded: a planted block model (a personalised algorithm must clearly beat
 * popularity) and a fashion-shop simulation (palettes, categories, price bands, hidden styles,
 * long-tailed popularity and event types).
 */
package io.aifashion.recommender.synthetic;
