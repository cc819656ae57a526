package io.aifashion.catalog.domain;

import java.util.Locale;

/** Who a product is made for, as retail catalogues (and the styles.csv feed) divide it. */
public enum Gender {
    MEN("men", "Men"),
    WOMEN("women", "Women"),
    BOYS("boys", "Boys"),
    GIRLS("girls", "Girls"),
    UNISEX("unisex", "Unisex");

    private final String code;
    private final String label;

    Gender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The API and database spelling: lower case. */
    public String code() {
        return code;
    }

    /** The feed's spelling, also used in generated product names. */
    public String label() {
        return label;
    }

    /** Parses {@code men}, {@code Men}, {@code MEN}; anything else is an {@link InvalidProductException}. */
    public static Gender parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidProductException(field, field + " is required (one of men, women, boys, girls, unisex)");
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (Gender g : values()) {
            if (g.code.equals(v)) {
                return g;
            }
        }
        throw new InvalidProductException(field, field + " '" + value + "' is not one of men, women, boys, girls, unisex");
    }
}
