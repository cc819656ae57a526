package io.aifashion.catalog.domain.listing;

import io.aifashion.catalog.domain.Product;

/**
 * A product in a listing page, with its CIE76 distance to the reference colour when the listing is
 * ordered by colour (null otherwise).
 */
public record ListedProduct(Product product, Double colourDistance) {
}
