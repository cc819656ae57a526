package io.aifashion.catalog.domain.listing;

import io.aifashion.catalog.domain.InvalidProductException;
import java.util.Locale;

/** Orders of the product listing. Every order ends with the product id, so pages never overlap. */
public enum ProductSort {
    /** Full-text rank (needs a text query), best first. */
    RELEVANCE("relevance"),
    /** Cheapest first; unpriced products last. */
    PRICE("price"),
    /** Dearest first; unpriced products last. */
    PRICE_DESC("-price"),
    /** Most recently added first. */
    NEWEST("newest"),
    /** Primary colour nearest to a given colour first (CIE76 over the GiST index); needs a colour. */
    COLOUR("color");

    private final String code;

    ProductSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ProductSort parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("colour") || v.equals("color-distance") || v.equals("colour-distance")) {
            return COLOUR;
        }
        if (v.equals("price-desc")) {
            return PRICE_DESC;
        }
        for (ProductSort s : values()) {
            if (s.code.equals(v)) {
                return s;
            }
        }
        throw new InvalidProductException("sort", "sort '" + value + "' is not one of relevance, price, -price,"
                + " newest, color");
    }
}
