package io.aifashion.identity.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A shopper's stated taste, used to filter and rank recommendations. Lists are bounded so a
 * profile stays small; duplicates are dropped (keeping first occurrences); a colour cannot be both
 * a favourite and disliked.
 */
public record Preferences(Gender gender, List<ClothingSize> sizes, Budget budget, List<Colour> favouriteColors,
                          List<Colour> dislikedColors, List<StyleTag> styleTags) {

    public static final int MAX_SIZES = 12;
    public static final int MAX_COLOURS = 20;
    public static final int MAX_STYLE_TAGS = 20;
    public static final Preferences NONE = new Preferences(null, List.of(), null, List.of(), List.of(), List.of());

    public Preferences {
        sizes = distinct(sizes, MAX_SIZES, "preferences.sizes");
        favouriteColors = distinct(favouriteColors, MAX_COLOURS, "preferences.favouriteColors");
        dislikedColors = distinct(dislikedColors, MAX_COLOURS, "preferences.dislikedColors");
        styleTags = distinct(styleTags, MAX_STYLE_TAGS, "preferences.styleTags");
        for (Colour c : dislikedColors) {
            if (favouriteColors.contains(c)) {
                throw new InvalidInputException("preferences.dislikedColors",
                        "must not also be a favourite colour: " + c.value());
            }
        }
    }

    private static <T> List<T> distinct(List<T> values, int max, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> unique = new ArrayList<>(new LinkedHashSet<>(values));
        if (unique.size() > max) {
            throw new InvalidInputException(field, "may hold at most " + max + " entries");
        }
        return List.copyOf(unique);
    }
}
