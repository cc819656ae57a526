package io.aifashion.imaging.domain;

import java.util.Objects;

/** One of the skin's dominant colours and the share of skin pixels it covers (0..1). */
public record Swatch(String hex, double share) {

    public Swatch {
        Objects.requireNonNull(hex, "hex");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        }
    }
}
