package io.aifashion.catalog.domain;

import java.util.Objects;

/**
 * A product value that breaks a catalogue rule. Carries the field it is about so that the web
 * layer can answer 400 naming it, and the importer can report the row and reason.
 */
public final class InvalidProductException extends IllegalArgumentException {

    private final String field;

    public InvalidProductException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
