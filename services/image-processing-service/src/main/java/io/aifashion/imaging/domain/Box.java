package io.aifashion.imaging.domain;

/** A face rectangle in pixels of the upright photo. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a box has a positive size: " + width + "x" + height);
        }
    }

    public long area() {
        return (long) width * height;
    }
}
