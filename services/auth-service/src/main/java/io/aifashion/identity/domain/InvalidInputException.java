package io.aifashion.identity.domain;

/**
 * A value a caller supplied breaks a rule of the domain. Names the field (as the public API spells
 * it, e.g. {@code preferences.sizes[1]}) so that the web layer can answer 400 naming it.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
