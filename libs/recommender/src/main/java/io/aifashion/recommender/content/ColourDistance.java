package io.aifashion.recommender.content;

/**
 * Distance between two colours given as feature vectors. The library ships Euclidean distance
 * (ΔE*76 when the coordinates are CIELAB); a service can plug in CIEDE2000 from its colour library.
 */
@FunctionalInterface
public interface ColourDistance {

    double distance(FeatureVector a, FeatureVector b);
}
