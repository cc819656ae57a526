package io.aifashion.identity.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which departments' cuts a shopper wants to see; optional, never inferred. */
public enum Gender {
    FEMALE("female"),
    MALE("male"),
    NON_BINARY("non-binary");

    private final String wire;

    Gender(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Gender parse(String raw, String field) {
        for (Gender g : values()) {
            if (g.wire.equals(raw)) {
                return g;
            }
        }
        throw new InvalidInputException(field, "must be one of " + Arrays.stream(values()).map(Gender::wire)
                .collect(Collectors.joining(", ")) + " (or null)");
    }
}
