package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.content.FeatureVector;

import java.util.List;

/**
 * Four seasonal colour families as CIELAB coordinates, approximating the palettes of seasonal
 * colour analysis (warm/cool × light/deep). The synthetic shop uses them as plain numeric
 * features: the recommender library knows no colour science.
 */
public enum PaletteFamily {
    SPRING(lab(70, 45, 35), lab(82, 20, 30), lab(86, 0, 70), lab(75, -35, -5), lab(70, 10, 40), lab(65, -45, 45), lab(92, 0, 12)),
    SUMMER(lab(75, -5, -20), lab(70, 15, -25), lab(72, 30, 0), lab(65, 0, -3), lab(55, 20, -10), lab(65, -20, -5), lab(38, 5, -25)),
    AUTUMN(lab(45, 35, 40), lab(45, -10, 35), lab(65, 5, 60), lab(30, 15, 20), lab(45, -25, -10), lab(60, 10, 35), lab(35, 30, 15)),
    WINTER(lab(12, 0, 0), lab(97, 0, 0), lab(35, 25, -65), lab(45, -50, 15), lab(50, 75, -15), lab(90, 8, -3), lab(50, 75, 55));

    private final List<FeatureVector> colours;

    PaletteFamily(FeatureVector... colours) {
        this.colours = List.of(colours);
    }

    public List<FeatureVector> colours() {
        return colours;
    }

    /** Colours outside every palette that any catalogue carries: greys, beige, navy, denim. */
    public static List<FeatureVector> neutrals() {
        return List.of(lab(50, 0, 0), lab(80, 3, 15), lab(25, 5, -30), lab(50, 0, -25));
    }

    private static FeatureVector lab(double l, double a, double b) {
        return FeatureVector.of(l, a, b);
    }
}
