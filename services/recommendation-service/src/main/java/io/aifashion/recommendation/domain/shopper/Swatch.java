package io.aifashion.recommendation.domain.shopper;

import io.aifashion.color.space.Srgb;
import java.util.Objects;

/** One named colour of a user's palette, e.g. {@code #556b2f "Dark Olive Green"}. */
public record Swatch(String name, String hex) {

    public Swatch {
        Objects.requireNonNull(name, "name");
        hex = Srgb.parseHex(Objects.requireNonNull(hex, "hex")).toHex();
    }
}
