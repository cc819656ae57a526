package io.aifashion.identity.domain;

import io.aifashion.color.naming.ColorNameDictionary;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour a shopper likes or avoids: {@code #rrggbb} (stored in lower case) or a colour name the
 * system knows — the retail and CSS names of {@link ColorNameDictionary#standard()}, stored in the
 * dictionary's spelling ("navy-blue" becomes "Navy Blue") so that downstream services can look it
 * up again.
 */
public record Colour(String value) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");
    private static final int MAX_RAW_LENGTH = 40;

    public Colour {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a colour needs a value");
        }
    }

    public static Colour parse(String raw, String field, ColorNameDictionary names) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (raw.length() > MAX_RAW_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_RAW_LENGTH + " characters long");
        }
        String s = raw.strip();
        if (s.startsWith("#")) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (!HEX.matcher(lower).matches()) {
                throw new InvalidInputException(field, "must be #rrggbb (six hexadecimal digits) or a colour name");
            }
            return new Colour(lower);
        }
        if (!s.matches("[\\p{L} _-]+") || ColorNameDictionary.denotesMultipleColours(s)) {
            throw new InvalidInputException(field,
                    "must be #rrggbb or a single colour's name, such as navy or burgundy");
        }
        return names.lookup(s).map(c -> new Colour(c.name())).orElseThrow(() ->
                new InvalidInputException(field, "is not a colour name we know; use #rrggbb instead"));
    }
}
