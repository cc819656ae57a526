package io.aifashion.catalog.domain.search;

import java.util.Comparator;
import java.util.UUID;

/**
 * A product found by colour: its best CIEDE2000 difference over its colours, and which colour
 * (CIELAB) gave it.
 */
public record ColourMatch(UUID productId, double deltaE, double l, double a, double b) {

    /** Nearest first; equal differences in product-id order, so that results are deterministic. */
    public static final Comparator<ColourMatch> ORDER = Comparator.comparingDouble(ColourMatch::deltaE)
            .thenComparing(ColourMatch::productId);
}
