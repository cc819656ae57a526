package io.aifashion.catalog.domain.shade;

import io.aifashion.catalog.domain.Product;

/** A foundation shade and how far it is (ΔE00) from the colour asked about. */
public record ShadeMatch(Product product, double deltaE, MatchGrade grade) {
}
