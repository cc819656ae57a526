package io.aifashion.color.harmony;

import java.util.List;

/**
 * Classical colour-wheel harmonies (Itten, "The Art of Color", 1961), applied to the CIELAB hue
 * angle so that the partners of a colour keep its lightness and chroma.
 */
public enum HarmonyScheme {
    /** The opposite hue. */
    COMPLEMENTARY(List.of(180.0)),
    /** The neighbours 30° either side. */
    ANALOGOUS(List.of(-30.0, 30.0)),
    /** Three hues 120° apart. */
    TRIADIC(List.of(120.0, 240.0)),
    /** The two hues either side of the complement, 150° and 210° away. */
    SPLIT_COMPLEMENTARY(List.of(150.0, 210.0));

    private final List<Double> offsets;

    HarmonyScheme(List<Double> offsets) {
        this.offsets = offsets;
    }

    /** Hue offsets in degrees of the partner colours, relative to the base colour. */
    public List<Double> offsets() {
        return offsets;
    }
}
