package io.aifashion.catalog.domain.listing;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a page ended, for keyset pagination: the sort it belongs to, the last row's sort value
 * (as text: a price, a rank, an instant, a distance; null for a null price) and its id. The next
 * page continues strictly after it, so inserts and deletes between requests never duplicate or
 * skip a row that stays in place.
 */
public record Keyset(ProductSort sort, String value, UUID id) {
    public Keyset {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(id, "id");
    }
}
