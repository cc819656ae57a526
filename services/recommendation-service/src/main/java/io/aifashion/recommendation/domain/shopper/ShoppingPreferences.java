package io.aifashion.recommendation.domain.shopper;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A shopper's stated preferences, as the auth service announces them in full on every change.
 *
 * @param sizes            {@code SYSTEM:size}, e.g. {@code EU:38}, {@code EU-SHOE:39}
 * @param favouriteColours {@code #rrggbb} or colour names from the colour dictionary
 * @param version          changes with every update (the event id)
 */
public record ShoppingPreferences(String userId, Optional<Gender> gender, List<String> sizes, Optional<Budget> budget,
                                  List<String> favouriteColours, List<String> dislikedColours, List<String> styleTags,
                                  String version, Instant updatedAt) {

    public ShoppingPreferences {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(updatedAt, "updatedAt");
        sizes = List.copyOf(sizes);
        favouriteColours = List.copyOf(favouriteColours);
        dislikedColours = List.copyOf(dislikedColours);
        styleTags = styleTags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .distinct().toList();
    }

    /** Whether the shopper gave a shoe size (any {@code *-SHOE} system). */
    public boolean hasShoeSizes() {
        return sizes.stream().anyMatch(s -> system(s).endsWith("-SHOE"));
    }

    /** Whether the shopper gave a clothing size (INT, EU, UK, US). */
    public boolean hasClothingSizes() {
        return sizes.stream().anyMatch(s -> !system(s).isEmpty() && !system(s).endsWith("-SHOE"));
    }

    private static String system(String size) {
        int colon = size.indexOf(':');
        return colon < 0 ? "" : size.substring(0, colon).strip().toUpperCase(Locale.ROOT);
    }
}
