package io.aifashion.vision.decode;

import io.aifashion.vision.ImageRejectedException;
import io.aifashion.vision.RejectionReason;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;

import java.util.Objects;

import static org.bytedeco.opencv.global.opencv_core.CV_8U;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_UNCHANGED;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * Bytes to upright 8-bit BGR pixels, in this order: size limit, format sniffing and header
 * (dimensions, layout, orientation), pixel limit (the decompression-bomb guard: nothing is
 * allocated for the raster before it passes), completeness, colour model, decoding with OpenCV's
 * codecs (libjpeg-turbo, libpng, libwebp), bit-depth and alpha normalisation, EXIF orientation.
 *
 * <p>Large JPEGs are decoded at 1/2, 1/4 or 1/8 size by libjpeg's DCT-domain scaling (T.81
 * 8x8 blocks; IJG {@code scale_num/scale_denom}) when the reduced picture still has at least
 * {@code workingLongSide} pixels on its long side: a skin measurement needs a few hundred pixels
 * across the face, not 12 megapixels, and reduced decoding is several times faster.
 *
 * <p>Thread-safe and stateless apart from its configuration.
 */
public final class ImageDecoder {

    private final ImageLimits limits;
    private final int workingLongSide;

    /**
     * @param limits          size and pixel limits
     * @param workingLongSide the smallest long side a reduced JPEG decode may produce; 0 disables reduction
     */
    public ImageDecoder(ImageLimits limits, int workingLongSide) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (workingLongSide < 0) {
            throw new IllegalArgumentException("workingLongSide " + workingLongSide);
        }
        this.workingLongSide = workingLongSide;
    }

    public ImageDecoder() {
        this(ImageLimits.DEFAULT, 0);
    }

    /**
     * Reads the header only: format, dimensions and orientation, after the size and pixel limits.
     *
     * @throws ImageRejectedException as {@link #decode(byte[])}, apart from decoding failures
     */
    public ImageHeader inspect(byte[] data) throws ImageRejectedException {
        if (data == null || data.length == 0) {
            throw new ImageRejectedException(RejectionReason.EMPTY, "The file is empty (0 bytes).");
        }
        if (data.length > limits.maxBytes()) {
            throw new ImageRejectedException(RejectionReason.TOO_LARGE, String.format(
                    "The file has %,d bytes; the limit is %,d bytes.", data.length, limits.maxBytes()));
        }
        ImageHeader header = HeaderReader.read(data);
        if (header.pixelCount() > limits.maxPixels()) {
            throw new ImageRejectedException(RejectionReason.TOO_MANY_PIXELS, String.format(
                    "The image declares %,d x %,d = %,d pixels; the limit is %,d.",
                    header.width(), header.height(), header.pixelCount(), limits.maxPixels()));
        }
        if (!header.complete()) {
            throw new ImageRejectedException(RejectionReason.TRUNCATED,
                    "The " + header.format() + " file is cut short: its image data does not reach the end marker.");
        }
        if (header.animated()) {
            throw new ImageRejectedException(RejectionReason.UNSUPPORTED_FORMAT,
                    "Animated images are not analysed; send a still photo.");
        }
        if (header.colorModel() == ColorModel.CMYK || header.colorModel() == ColorModel.YCCK) {
            throw new ImageRejectedException(RejectionReason.UNSUPPORTED_COLOR_MODEL,
                    "The JPEG is a " + header.colorModel() + " print separation; its colours cannot be measured "
                            + "without its press profile. Export it as an sRGB photo.");
        }
        return header;
    }

    /**
     * Decodes {@code data} into upright 8-bit BGR pixels. The caller owns the native memory (use a
     * {@link org.bytedeco.javacpp.PointerScope}).
     *
     * @throws ImageRejectedException with the reason {@code empty}, {@code too-large},
     *                                {@code unsupported-format}, {@code too-many-pixels}, {@code truncated},
     *                                {@code unsupported-color-model} or {@code corrupt}
     */
    public DecodedImage decode(byte[] data) throws ImageRejectedException {
        ImageHeader header = inspect(data);
        int reduction = 1;
        int flags = IMREAD_UNCHANGED;
        if (header.format() == ImageFormat.JPEG && header.colorModel() == ColorModel.RGB && header.bitsPerSample() == 8) {
            int longSide = Math.max(header.width(), header.height());
            while (workingLongSide > 0 && reduction < 8 && longSide / (reduction * 2) >= workingLongSide) {
                reduction *= 2;
            }
            int colour = switch (reduction) {
                case 2 -> IMREAD_REDUCED_COLOR_2;
                case 4 -> IMREAD_REDUCED_COLOR_4;
                case 8 -> IMREAD_REDUCED_COLOR_8;
                default -> IMREAD_COLOR;
            };
            flags = colour | IMREAD_IGNORE_ORIENTATION;
        }
        Mat raw;
        try (BytePointer bytes = new BytePointer(data); Mat buffer = new Mat(1, data.length, CV_8UC1, bytes)) {
            raw = imdecode(buffer, flags);
        } catch (RuntimeException e) {
            throw new ImageRejectedException(RejectionReason.CORRUPT,
                    "The " + header.format() + " data could not be decoded: " + firstLine(e.getMessage()));
        }
        if (raw == null || raw.empty()) {
            throw new ImageRejectedException(RejectionReason.CORRUPT,
                    "The " + header.format() + " data could not be decoded.");
        }
        int expectedW = (header.width() + reduction - 1) / reduction;
        int expectedH = (header.height() + reduction - 1) / reduction;
        if (Math.abs(raw.cols() - expectedW) > 1 || Math.abs(raw.rows() - expectedH) > 1) {
            throw new ImageRejectedException(RejectionReason.CORRUPT, String.format(
                    "The %s header declares %d x %d pixels but the data holds %d x %d.",
                    header.format(), header.width(), header.height(), raw.cols() * reduction, raw.rows() * reduction));
        }
        boolean composited = false;
        Mat eight = raw;
        if (raw.depth() != CV_8U) {
            eight = new Mat();
            // 16-bit samples (PNG, or 12/16-bit JPEG) to 8 bits: 65535 / 257 = 255.
            raw.convertTo(eight, CV_8U, 1.0 / 257.0, 0.0);
        }
        Mat bgr;
        switch (eight.channels()) {
            case 1 -> {
                bgr = new Mat();
                cvtColor(eight, bgr, COLOR_GRAY2BGR);
            }
            case 2 -> {
                bgr = compositeOverGray(eight, 1);
                composited = true;
            }
            case 3 -> bgr = eight;
            case 4 -> {
                bgr = compositeOverGray(eight, 3);
                composited = true;
            }
            default -> throw new ImageRejectedException(RejectionReason.UNSUPPORTED_COLOR_MODEL,
                    "The image has " + eight.channels() + " channels.");
        }
        Mat upright = header.orientation().apply(bgr);
        return new DecodedImage(upright, header, 1.0 / reduction, header.colorModel().isGray(), composited);
    }

    /**
     * Composites an image with alpha (gray+alpha or BGRA) onto neutral mid-grey (sRGB 128), so that
     * transparent areas read as an achromatic surround rather than as black. Fully opaque images
     * lose only their alpha channel.
     */
    private static Mat compositeOverGray(Mat src, int colourChannels) {
        int rows = src.rows();
        int cols = src.cols();
        int channels = src.channels();
        Mat out = new Mat(rows, cols, CV_8UC3);
        try (UByteIndexer in = src.createIndexer(); UByteIndexer o = out.createIndexer()) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    int a = in.get(y, x, channels - 1);
                    for (int c = 0; c < 3; c++) {
                        int v = in.get(y, x, colourChannels == 1 ? 0 : c);
                        o.put(y, x, c, (v * a + 128 * (255 - a) + 127) / 255);
                    }
                }
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "decoder error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
