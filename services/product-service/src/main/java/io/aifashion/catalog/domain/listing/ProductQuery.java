package io.aifashion.catalog.domain.listing;

import io.aifashion.catalog.domain.ColourFamily;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.color.space.Lab;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A listing request: filters (all optional, combined with AND; the values of one filter with OR),
 * an order and a page.
 *
 * @param text           full-text query over name, brand and category (PostgreSQL web-search syntax)
 * @param genders        any of these genders
 * @param categories     any of these category keys (a master category, sub-category or article type, lower case)
 * @param minPrice       price at least this
 * @param maxPrice       price at most this
 * @param currency       only prices in this currency (with a price filter or sort)
 * @param colourFamilies primary colour in any of these families
 * @param inStock        only products that can be bought now
 * @param sort           the order
 * @param colour         the reference colour for {@link ProductSort#COLOUR}
 * @param limit          page size, 1..{@value #MAX_LIMIT}
 * @param after          where the previous page ended, or null for the first page
 */
public record ProductQuery(
        String text,
        Set<Gender> genders,
        Set<String> categories,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        String currency,
        Set<ColourFamily> colourFamilies,
        boolean inStock,
        ProductSort sort,
        Lab colour,
        int limit,
        Keyset after) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT = 200;

    public ProductQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidProductException("q", "q is " + text.length() + " characters long; at most " + MAX_TEXT
                    + " are allowed");
        }
        genders = genders == null ? Set.of() : Set.copyOf(genders);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        colourFamilies = colourFamilies == null ? Set.of() : Set.copyOf(colourFamilies);
        if (minPrice != null && minPrice.signum() < 0) {
            throw new InvalidProductException("minPrice", "minPrice must not be negative");
        }
        if (maxPrice != null && maxPrice.signum() < 0) {
            throw new InvalidProductException("maxPrice", "maxPrice must not be negative");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidProductException("minPrice", "minPrice " + minPrice.toPlainString()
                    + " is greater than maxPrice " + maxPrice.toPlainString());
        }
        if (sort == null) {
            sort = text != null ? ProductSort.RELEVANCE : colour != null ? ProductSort.COLOUR : ProductSort.NEWEST;
        }
        if (sort == ProductSort.RELEVANCE && text == null) {
            throw new InvalidProductException("sort", "sort=relevance needs a text query q");
        }
        if (sort == ProductSort.COLOUR && colour == null) {
            throw new InvalidProductException("sort", "sort=color needs a reference colour hex=#rrggbb");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidProductException("limit", "limit must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        if (after != null && after.sort() != sort) {
            throw new InvalidProductException("cursor", "the cursor belongs to sort=" + after.sort().code()
                    + ", not sort=" + sort.code());
        }
    }

    public List<String> categoryList() {
        return categories.stream().sorted().toList();
    }
}
