package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.search.ColourMatch;

/** A product found by colour, with its best ΔE00 and the colour that gave it. */
public record ColourHit(Product product, ColourMatch match) {
}
