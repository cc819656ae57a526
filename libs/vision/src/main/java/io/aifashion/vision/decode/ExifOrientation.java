package io.aifashion.vision.decode;

import org.bytedeco.opencv.opencv_core.Mat;

import static org.bytedeco.opencv.global.opencv_core.ROTATE_180;
import static org.bytedeco.opencv.global.opencv_core.ROTATE_90_CLOCKWISE;
import static org.bytedeco.opencv.global.opencv_core.ROTATE_90_COUNTERCLOCKWISE;
import static org.bytedeco.opencv.global.opencv_core.flip;
import static org.bytedeco.opencv.global.opencv_core.rotate;
import static org.bytedeco.opencv.global.opencv_core.transpose;

/**
 * The EXIF / TIFF {@code Orientation} tag (0x0112): how the stored rows and columns relate to the
 * visual top and left of the picture. Values and meanings from TIFF 6.0 (Adobe, 1992), section 8
 * "Orientation", repeated in EXIF 2.32 (CIPA DC-008-2019), section 4.6.4 A, table 4.
 * {@link #apply(Mat)} turns the stored raster into the upright picture.
 */
public enum ExifOrientation {
    /** 1: row 0 is the visual top, column 0 the visual left (no change). */
    TOP_LEFT(1),
    /** 2: row 0 top, column 0 right: mirrored horizontally. */
    TOP_RIGHT(2),
    /** 3: row 0 bottom, column 0 right: rotated 180 degrees. */
    BOTTOM_RIGHT(3),
    /** 4: row 0 bottom, column 0 left: mirrored vertically. */
    BOTTOM_LEFT(4),
    /** 5: row 0 is the visual left, column 0 the visual top: transposed. */
    LEFT_TOP(5),
    /** 6: row 0 is the visual right, column 0 the visual top: display after rotating 90 degrees clockwise. */
    RIGHT_TOP(6),
    /** 7: row 0 right, column 0 bottom: transverse (transpose, then rotate 180 degrees). */
    RIGHT_BOTTOM(7),
    /** 8: row 0 left, column 0 bottom: display after rotating 90 degrees counter-clockwise. */
    LEFT_BOTTOM(8);

    private final int tagValue;

    ExifOrientation(int tagValue) {
        this.tagValue = tagValue;
    }

    /** The tag value 1 to 8. */
    public int tagValue() {
        return tagValue;
    }

    /** The orientation for a tag value; values outside 1..8 (reserved) mean "as stored". */
    public static ExifOrientation fromTagValue(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : TOP_LEFT;
    }

    /** Whether the upright picture's width is the stored height (orientations 5 to 8). */
    public boolean swapsDimensions() {
        return tagValue >= 5;
    }

    /**
     * The upright picture. Returns {@code stored} itself for {@link #TOP_LEFT}, otherwise a new
     * matrix (the caller's pointer scope owns both).
     */
    public Mat apply(Mat stored) {
        if (this == TOP_LEFT) {
            return stored;
        }
        Mat out = new Mat();
        switch (this) {
            case TOP_RIGHT -> flip(stored, out, 1);
            case BOTTOM_RIGHT -> rotate(stored, out, ROTATE_180);
            case BOTTOM_LEFT -> flip(stored, out, 0);
            case LEFT_TOP -> transpose(stored, out);
            case RIGHT_TOP -> rotate(stored, out, ROTATE_90_CLOCKWISE);
            case RIGHT_BOTTOM -> {
                Mat t = new Mat();
                transpose(stored, t);
                flip(t, out, -1);
                t.close();
            }
            case LEFT_BOTTOM -> rotate(stored, out, ROTATE_90_COUNTERCLOCKWISE);
            default -> throw new IllegalStateException(name());
        }
        return out;
    }
}
