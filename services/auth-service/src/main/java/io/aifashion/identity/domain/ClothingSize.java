package io.aifashion.identity.domain;

import java.util.Objects;

/**
 * A preferred size in a named system, written {@code SYSTEM:size}: {@code INT:M}, {@code EU:38},
 * {@code US-SHOE:8.5}.
 */
public record ClothingSize(SizeSystem system, String size) {

    private static final int MAX_RAW_LENGTH = 16;

    public ClothingSize {
        Objects.requireNonNull(system, "system");
        if (system.canonical(size).filter(size::equals).isEmpty()) {
            throw new IllegalArgumentException("not a canonical " + system.wire() + " size: " + size);
        }
    }

    public static ClothingSize parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (raw.length() > MAX_RAW_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_RAW_LENGTH + " characters long");
        }
        int colon = raw.indexOf(':');
        if (colon < 0) {
            throw new InvalidInputException(field, "must be SYSTEM:size, e.g. EU:38 or INT:M (systems: "
                    + SizeSystem.known() + ")");
        }
        SizeSystem system = SizeSystem.of(raw.substring(0, colon).strip()).orElseThrow(() ->
                new InvalidInputException(field, "has an unknown size system; known: " + SizeSystem.known()));
        String size = system.canonical(raw.substring(colon + 1).strip()).orElseThrow(() ->
                new InvalidInputException(field, "is not a size in the " + system.wire() + " system"));
        return new ClothingSize(system, size);
    }

    public String wire() {
        return system.wire() + ":" + size;
    }
}
