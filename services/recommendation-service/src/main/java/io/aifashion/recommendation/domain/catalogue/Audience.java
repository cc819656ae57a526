package io.aifashion.recommendation.domain.catalogue;

import java.util.Locale;

/** Who a product is made for, as the product service divides its catalogue. */
public enum Audience {
    MEN, WOMEN, BOYS, GIRLS, UNISEX,
    /** A value this service does not know (a newer product-service); never filtered out. */
    OTHER;

    /** Parses the product service's lower-case codes; anything unknown is {@link #OTHER}. */
    public static Audience parse(String code) {
        if (code == null || code.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
