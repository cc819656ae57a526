/**
 * The {@code ai-fashion evaluate} command: offline evaluation of the recommender on MovieLens or CSV
 * interaction files, and generation of the synthetic fashion data set.
 */
package io.aifashion.launcher.evaluate;
