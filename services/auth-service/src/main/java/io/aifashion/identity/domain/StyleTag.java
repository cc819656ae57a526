package io.aifashion.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A style a shopper likes ("minimalist", "smart casual", "boho"): lower-case words, 1 to 30 characters. */
public record StyleTag(String value) {

    public static final int MAX_LENGTH = 30;
    private static final Pattern TAG = Pattern.compile("[\\p{Ll}\\p{N}]+([ -][\\p{Ll}\\p{N}]+)*");

    public StyleTag {
        if (value == null || value.length() > MAX_LENGTH || !TAG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a style tag: " + value);
        }
    }

    public static StyleTag parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (raw.length() > MAX_LENGTH * 2) {
            throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters long");
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ");
        if (s.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters long");
        }
        if (!TAG.matcher(s).matches()) {
            throw new InvalidInputException(field,
                    "may contain only letters, digits, and single spaces or hyphens between words");
        }
        return new StyleTag(s);
    }
}
