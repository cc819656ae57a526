package io.aifashion.recommender.synthetic;

/**
 * Size and seed of a simulated fashion shop.
 *
 * @param users                shoppers
 * @param items                products
 * @param medianItemsPerUser   median distinct products a shopper touches (activity is log-normal: many
 *                             shoppers touch one or two products, a few touch a hundred)
 * @param newProductShare      share of products released during the simulated period (the rest exist from the start)
 * @param seed                 all randomness derives from it
 */
public record SyntheticFashionConfig(int users, int items, double medianItemsPerUser, double newProductShare, long seed) {

    public SyntheticFashionConfig {
        if (users < 1 || items < 20) {
            throw new IllegalArgumentException("need at least 1 user and 20 items");
        }
        if (!(medianItemsPerUser >= 1) || !(newProductShare >= 0 && newProductShare < 1)) {
            throw new IllegalArgumentException("medianItemsPerUser must be >= 1 and newProductShare in [0, 1)");
        }
    }

    /** Median 6 products per shopper, 25% new products. */
    public static SyntheticFashionConfig of(int users, int items, long seed) {
        return new SyntheticFashionConfig(users, items, 6, 0.25, seed);
    }
}
