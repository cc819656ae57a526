package io.aifashion.recommendation.domain.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A product in this service's catalogue read model: what ranking, filtering and the response need.
 *
 * @param price    null when the product service has no price for it
 * @param currency ISO 4217, null with the price
 */
public record Product(String id, String sku, String name, String brand, Audience audience, String masterCategory,
                      String subCategory, String articleType, BigDecimal price, String currency, boolean inStock,
                      ProductColour primaryColour, List<String> seasonTags, String usage, String imageUrl,
                      Instant firstSeenAt) {

    public Product {
        id = required(id, "id");
        sku = required(sku, "sku");
        name = required(name, "name");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(primaryColour, "primaryColour");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        seasonTags = seasonTags == null ? List.of() : List.copyOf(seasonTags);
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("price of " + id + " must not be negative");
        }
    }

    /** The finest category known: article type, else sub-category, else master category. */
    public String category() {
        if (articleType != null && !articleType.isBlank()) {
            return articleType;
        }
        if (subCategory != null && !subCategory.isBlank()) {
            return subCategory;
        }
        return masterCategory != null && !masterCategory.isBlank() ? masterCategory : "Other";
    }

    /** The category levels, lower-cased: what a {@code category} filter matches, as in the product service. */
    public List<String> categoryKeys() {
        return java.util.stream.Stream.of(masterCategory, subCategory, articleType)
                .filter(s -> s != null && !s.isBlank())
                .map(Product::key)
                .distinct()
                .toList();
    }

    public static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
