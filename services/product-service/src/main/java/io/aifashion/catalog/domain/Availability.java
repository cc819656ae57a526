package io.aifashion.catalog.domain;

import java.util.Locale;

/** Whether a product can be bought now. Only {@link #IN_STOCK} counts as "in stock" for filters and events. */
public enum Availability {
    IN_STOCK("in_stock"),
    OUT_OF_STOCK("out_of_stock"),
    PREORDER("preorder");

    private final String code;

    Availability(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean inStock() {
        return this == IN_STOCK;
    }

    public static Availability parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return IN_STOCK;
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Availability a : values()) {
            if (a.code.equals(v)) {
                return a;
            }
        }
        throw new InvalidProductException(field, field + " '" + value + "' is not one of in_stock, out_of_stock, preorder");
    }
}
