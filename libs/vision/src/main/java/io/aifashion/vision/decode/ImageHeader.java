package io.aifashion.vision.decode;

import java.util.Objects;

/**
 * What the header of an encoded image declares, read without decoding any pixel.
 *
 * @param format          the sniffed format
 * @param width           stored width in pixels (before orientation), at least 1
 * @param height          stored height in pixels (before orientation), at least 1
 * @param bitsPerSample   bits per channel sample (8 or 16 for PNG, 8 or 12 for JPEG, 8 for WebP)
 * @param colorModel      the declared channel layout
 * @param orientation     the EXIF orientation ({@link ExifOrientation#TOP_LEFT} without EXIF)
 * @param animated        an animated PNG (APNG) or WebP
 * @param metadataPresent EXIF, XMP or text metadata was present (it is never kept)
 * @param complete        the file's structure runs to its end marker (JPEG EOI, PNG IEND, the RIFF size)
 */
public record ImageHeader(ImageFormat format, int width, int height, int bitsPerSample, ColorModel colorModel,
                          ExifOrientation orientation, boolean animated, boolean metadataPresent, boolean complete) {

    public ImageHeader {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(colorModel, "colorModel");
        Objects.requireNonNull(orientation, "orientation");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("dimensions must be positive: " + width + "x" + height);
        }
        if (bitsPerSample < 1 || bitsPerSample > 16) {
            throw new IllegalArgumentException("bitsPerSample " + bitsPerSample);
        }
    }

    /** Width times height, as a long (a header may declare 2^31 - 1 on each side). */
    public long pixelCount() {
        return (long) width * height;
    }

    /** The upright width, after the EXIF orientation. */
    public int orientedWidth() {
        return orientation.swapsDimensions() ? height : width;
    }

    /** The upright height, after the EXIF orientation. */
    public int orientedHeight() {
        return orientation.swapsDimensions() ? width : height;
    }
}
