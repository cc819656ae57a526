package io.aifashion.catalog.domain.search;

import java.util.UUID;

/**
 * One colour of one product as the index yields it: the product, the colour's CIELAB value and its
 * CIE76 distance from the query colour (the index's ordering key).
 */
public record ColourCandidate(UUID productId, double l, double a, double b, double distance) {
}
