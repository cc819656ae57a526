package io.aifashion.recommendation.domain.catalogue;

import io.aifashion.color.space.Lab;
import java.util.Objects;
import java.util.Optional;

/**
 * A product's colour as the product service measured it: sRGB hex and CIELAB, or neither when the
 * colour is unknown (the family then says {@code unknown} or names it coarsely).
 */
public record ProductColour(String hex, Lab lab, String family) {

    public ProductColour {
        Objects.requireNonNull(family, "family");
        if ((hex == null) != (lab == null)) {
            throw new IllegalArgumentException("a product colour has both hex and CIELAB, or neither");
        }
    }

    public static ProductColour unknown(String family) {
        return new ProductColour(null, null, family);
    }

    public boolean known() {
        return lab != null;
    }

    public Optional<Lab> labIfKnown() {
        return Optional.ofNullable(lab);
    }
}
