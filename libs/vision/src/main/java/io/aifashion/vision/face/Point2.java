package io.aifashion.vision.face;

/** A point in pixel coordinates of the upright picture. */
public record Point2(double x, double y) {

    public Point2 {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point must be finite");
        }
    }

    public Point2 scaled(double factor) {
        return new Point2(x * factor, y * factor);
    }
}
