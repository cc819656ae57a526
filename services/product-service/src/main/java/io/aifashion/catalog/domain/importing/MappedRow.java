package io.aifashion.catalog.domain.importing;

import io.aifashion.catalog.domain.ProductContent;

/**
 * A row that passed validation.
 *
 * @param line          where it came from
 * @param content       the product
 * @param unknownColour whether one of its colours could not be placed (kept as "unknown")
 */
public record MappedRow(long line, ProductContent content, boolean unknownColour) {
}
