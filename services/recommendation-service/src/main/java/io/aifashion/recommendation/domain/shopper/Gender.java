package io.aifashion.recommendation.domain.shopper;

import io.aifashion.recommendation.domain.catalogue.Audience;
import java.util.Locale;
import java.util.Optional;

/** The gender a shopper stated in their profile (auth service: female, male, non-binary). */
public enum Gender {
    FEMALE, MALE, NON_BINARY;

    public static Optional<Gender> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "female" -> Optional.of(FEMALE);
            case "male" -> Optional.of(MALE);
            case "non-binary" -> Optional.of(NON_BINARY);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether products for this audience belong in the shopper's lists: a stated female or male
     * shopper sees their own line and unisex products (not the other line, nor children's wear);
     * a non-binary shopper sees everything.
     */
    public boolean shops(Audience audience) {
        return switch (this) {
            case FEMALE -> audience == Audience.WOMEN || audience == Audience.UNISEX || audience == Audience.OTHER;
            case MALE -> audience == Audience.MEN || audience == Audience.UNISEX || audience == Audience.OTHER;
            case NON_BINARY -> true;
        };
    }
}
