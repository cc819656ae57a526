package io.aifashion.recommender.content;

import java.util.Objects;

/**
 * What the content side knows about a product.
 *
 * @param itemId   external product id
 * @param category e.g. {@code dresses}
 * @param colour   dominant colour as numeric coordinates (e.g. CIELAB)
 * @param price    positive price in any single currency
 */
public record ItemFeatures(String itemId, String category, FeatureVector colour, double price) {

    public ItemFeatures {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(colour, "colour");
        itemId = itemId.strip();
        category = category.strip();
        if (itemId.isEmpty() || category.isEmpty()) {
            throw new IllegalArgumentException("itemId and category must not be blank");
        }
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("price of " + itemId + " must be positive and finite, was " + price);
        }
    }
}
