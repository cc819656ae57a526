package io.aifashion.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Validation of the catalogue's text fields, shared by the value types of this package. */
public final class Text {

    private Text() {
    }

    /** Trimmed, non-blank, at most {@code max} characters, no control characters. */
    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidProductException(field, field + " is required");
        }
        return checked(value.strip(), field, max);
    }

    /** Trimmed, or null when absent or blank. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(value.strip(), field, max);
    }

    /** A list of distinct trimmed non-blank values, each at most {@code max} characters, at most {@code maxItems}. */
    public static List<String> list(List<String> values, String field, int max, int maxItems) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String s = optional(v, field, max);
            if (s != null) {
                out.add(s);
            }
        }
        if (out.size() > maxItems) {
            throw new InvalidProductException(field, field + " has " + out.size() + " values; at most " + maxItems
                    + " are allowed");
        }
        return List.copyOf(new ArrayList<>(out));
    }

    /** The case-insensitive matching key of a label. */
    public static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String checked(String s, String field, int max) {
        if (s.length() > max) {
            throw new InvalidProductException(field, field + " is " + s.length() + " characters long; at most " + max
                    + " are allowed");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new InvalidProductException(field, field + " contains a control character at position " + (i + 1));
            }
        }
        return s;
    }
}
