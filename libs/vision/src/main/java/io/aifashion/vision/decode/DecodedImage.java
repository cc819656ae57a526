package io.aifashion.vision.decode;

import org.bytedeco.opencv.opencv_core.Mat;

import java.util.Objects;

/**
 * Upright pixels ready for analysis: an 8-bit, 3-channel BGR matrix with the EXIF orientation
 * applied and no metadata. The matrix is native memory owned by the caller's
 * {@link org.bytedeco.javacpp.PointerScope}; this object is not a value and is not shared between threads.
 *
 * @see ImageDecoder
 */
public final class DecodedImage {

    private final Mat bgr;
    private final ImageHeader header;
    private final double scale;
    private final boolean grayscale;
    private final boolean alphaComposited;

    DecodedImage(Mat bgr, ImageHeader header, double scale, boolean grayscale, boolean alphaComposited) {
        this.bgr = Objects.requireNonNull(bgr, "bgr");
        this.header = Objects.requireNonNull(header, "header");
        this.scale = scale;
        this.grayscale = grayscale;
        this.alphaComposited = alphaComposited;
    }

    /** Upright 8-bit BGR pixels. */
    public Mat bgr() {
        return bgr;
    }

    /** The file's header. */
    public ImageHeader header() {
        return header;
    }

    /**
     * Decoded pixels per upright file pixel: 1, or 1/2, 1/4, 1/8 when a large JPEG was decoded at
     * reduced size by DCT scaling (which averages, like an area resize).
     */
    public double scale() {
        return scale;
    }

    /** The file holds no colour (grayscale model, or RGB with identical channels). */
    public boolean grayscale() {
        return grayscale;
    }

    /** Transparent pixels were composited onto neutral grey. */
    public boolean alphaComposited() {
        return alphaComposited;
    }

    public int width() {
        return bgr.cols();
    }

    public int height() {
        return bgr.rows();
    }
}
