package io.aifashion.vision.face;

/**
 * An axis-aligned face rectangle in pixel coordinates of the upright picture.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, at least 1
 * @param height height, at least 1
 */
public record FaceBox(int x, int y, int width, int height) {

    public FaceBox {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("face box must have a positive size: " + width + "x" + height);
        }
    }

    public long area() {
        return (long) width * height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    /** The area of the intersection with {@code other}. */
    public long intersectionArea(FaceBox other) {
        long w = Math.min(x + width, other.x + other.width) - (long) Math.max(x, other.x);
        long h = Math.min(y + height, other.y + other.height) - (long) Math.max(y, other.y);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** This box scaled by {@code factor} about the origin (to map between image resolutions). */
    public FaceBox scaled(double factor) {
        int nx = (int) Math.round(x * factor);
        int ny = (int) Math.round(y * factor);
        int nw = Math.max(1, (int) Math.round((x + width) * factor) - nx);
        int nh = Math.max(1, (int) Math.round((y + height) * factor) - ny);
        return new FaceBox(nx, ny, nw, nh);
    }
}
