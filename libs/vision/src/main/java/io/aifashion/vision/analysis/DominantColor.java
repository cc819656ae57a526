package io.aifashion.vision.analysis;

import io.aifashion.color.space.Lab;

import java.util.Objects;

/**
 * One cluster of skin colours.
 *
 * @param lab   the cluster centre, CIELAB (D65)
 * @param hex   {@code #rrggbb}
 * @param share fraction of the skin pixels in this cluster, 0..1
 */
public record DominantColor(Lab lab, String hex, double share) {

    public DominantColor {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(hex, "hex");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        }
    }
}
