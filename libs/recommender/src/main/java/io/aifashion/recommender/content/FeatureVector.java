package io.aifashion.recommender.content;

import java.util.Arrays;

/**
 * An immutable vector of numeric features, e.g. a colour's CIELAB coordinates {@code (L*, a*, b*)}.
 * The recommender attaches no colour science to it; meaning comes from the {@link ColourDistance}
 * used with it.
 */
public final class FeatureVector {

    private final double[] values;

    private FeatureVector(double[] values) {
        this.values = values;
    }

    public static FeatureVector of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a feature vector needs at least one value");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("feature values must be finite: " + Arrays.toString(values));
            }
        }
        return new FeatureVector(values.clone());
    }

    public int dimension() {
        return values.length;
    }

    public double get(int i) {
        return values[i];
    }

    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof FeatureVector other && Arrays.equals(values, other.values));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
