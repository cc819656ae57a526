package io.aifashion.recommender.synthetic;

/**
 * A planted block model: users and items fall into {@code blocks} hidden communities; a user draws
 * {@code inBlockShare} of their items from their own block and the rest from the whole catalogue,
 * always with Zipf-like item popularity. Popularity cannot see the blocks; any method that learns
 * co-occurrence can.
 *
 * @param interactionsPerUser mean distinct items per user (actual counts vary ±50%)
 * @param popularityExponent  Zipf exponent of item popularity within a block (0 = uniform)
 */
public record PlantedBlockConfig(int users, int items, int blocks, int interactionsPerUser, double inBlockShare,
                                 double popularityExponent, long seed) {

    public PlantedBlockConfig {
        if (users < 1 || items < 1 || blocks < 1 || blocks > items) {
            throw new IllegalArgumentException("need users, items >= 1 and 1 <= blocks <= items");
        }
        if (interactionsPerUser < 1 || interactionsPerUser > items / blocks) {
            throw new IllegalArgumentException("interactionsPerUser must be in 1.." + items / blocks);
        }
        if (!(inBlockShare >= 0 && inBlockShare <= 1) || !(popularityExponent >= 0)) {
            throw new IllegalArgumentException("inBlockShare must be in [0, 1] and popularityExponent >= 0");
        }
    }
}
