package io.aifashion.imaging.domain;

/**
 * A CIELAB colour (D65 white), as measured.
 *
 * @param l lightness L*, 0..100
 * @param a green-red a*
 * @param b blue-yellow b*
 */
public record LabValue(double l, double a, double b) {

    public LabValue {
        if (!(l >= 0 && l <= 100) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("not a CIELAB colour: " + l + ", " + a + ", " + b);
        }
    }
}
