package io.aifashion.recommender.content;

/** Straight-line distance; on CIELAB coordinates this is the CIE 1976 colour difference ΔE*ab. */
public final class EuclideanDistance implements ColourDistance {

    @Override
    public double distance(FeatureVector a, FeatureVector b) {
        if (a.dimension() != b.dimension()) {
            throw new IllegalArgumentException("dimension mismatch: " + a.dimension() + " vs " + b.dimension());
        }
        double s = 0;
        for (int i = 0; i < a.dimension(); i++) {
            double d = a.get(i) - b.get(i);
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
