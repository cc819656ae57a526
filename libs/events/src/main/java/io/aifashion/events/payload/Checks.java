package io.aifashion.events.payload;

import java.util.List;
import java.util.regex.Pattern;

/** Validation shared by the payload records' compact constructors. */
final class Checks {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Checks() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String hex(String value, String field) {
        if (value != null && !HEX.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be #rrggbb, was " + value);
        }
        return value == null ? null : value.toLowerCase();
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
