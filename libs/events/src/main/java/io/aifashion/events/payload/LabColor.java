package io.aifashion.events.payload;

/** A CIELAB (D65) colour as carried in events. */
public record LabColor(double l, double a, double b) {
    public LabColor {
        if (!(l >= 0 && l <= 100) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("invalid CIELAB colour (" + l + ", " + a + ", " + b + ")");
        }
    }
}
