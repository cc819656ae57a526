/**
 * Offline evaluation: seeded random, temporal and leave-one-out splits over aggregated (user, item)
 * pairs; precision, recall, nDCG (Järvelin and Kekäläinen 2002), MAP and catalogue coverage at k
 * with every item ranked and the user's training items excluded; hyper-parameter search on a
 * validation split carved from the training part only.
 */
package io.aifashion.recommender.evaluation;
