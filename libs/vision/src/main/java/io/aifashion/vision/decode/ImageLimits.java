package io.aifashion.vision.decode;

/**
 * Input limits, checked before decoding.
 *
 * @param maxBytes  the largest accepted file (default 20 MB)
 * @param maxPixels the largest accepted width x height read from the header (default 40 megapixels);
 *                  this is the decompression-bomb guard
 */
public record ImageLimits(long maxBytes, long maxPixels) {

    /** 20 MB and 40 megapixels. */
    public static final ImageLimits DEFAULT = new ImageLimits(20L * 1024 * 1024, 40_000_000L);

    public ImageLimits {
        if (maxBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
