/**
 * Plain-text readers and writers: MovieLens {@code u.data} (tab-separated user, item, rating,
 * timestamp), interaction CSV with a header, product-feature CSV, palette CSV, and the synthetic
 * fashion data set. Errors name the file and line.
 */
package io.aifashion.recommender.io;
