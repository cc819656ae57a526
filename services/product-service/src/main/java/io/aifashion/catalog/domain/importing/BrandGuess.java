package io.aifashion.catalog.domain.importing;

import java.util.Locale;
import java.util.Set;

/**
 * The styles.csv feed has no brand column, but its display names follow "Brand [Gender] Description"
 * ("Peter England Men Party Blue Jeans", "Titan Women Silver Watch"). The brand is taken as the
 * words before the first gender word, or the first word when there is none ("Lakme 9to5 ...").
 */
public final class BrandGuess {

    private static final Set<String> GENDER_WORDS = Set.of("men", "women", "boys", "girls", "unisex", "kids",
            "men's", "women's", "boy's", "girl's", "mens", "womens", "man", "woman");
    private static final int MAX_WORDS = 4;

    private BrandGuess() {
    }

    public static String fromDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        String[] words = displayName.strip().split("\\s+");
        for (int i = 1; i < words.length && i <= MAX_WORDS; i++) {
            if (GENDER_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            }
        }
        return words[0];
    }
}
