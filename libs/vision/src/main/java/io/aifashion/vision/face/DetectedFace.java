package io.aifashion.vision.face;

import java.util.Objects;

/**
 * One face found in a picture.
 *
 * @param box           the face rectangle (upright picture coordinates)
 * @param leftEye       centre of the eye on the picture's left (the subject's right eye)
 * @param rightEye      centre of the eye on the picture's right
 * @param eyesLocated   true when both eye centres came from the eye detector; false when they are
 *                      the geometric prior for a frontal face box
 * @param detector      which cascade found the face, e.g. {@code haar-frontal}, {@code lbp-frontal}, {@code haar-profile}
 * @param support       how many overlapping raw detections were merged into this box (the cascade's "neighbours")
 */
public record DetectedFace(FaceBox box, Point2 leftEye, Point2 rightEye, boolean eyesLocated, String detector, int support) {

    public DetectedFace {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(leftEye, "leftEye");
        Objects.requireNonNull(rightEye, "rightEye");
        Objects.requireNonNull(detector, "detector");
        if (support < 0) {
            throw new IllegalArgumentException("support " + support);
        }
    }

    /** The same face in coordinates scaled by {@code factor}. */
    public DetectedFace scaled(double factor) {
        return new DetectedFace(box.scaled(factor), leftEye.scaled(factor), rightEye.scaled(factor), eyesLocated, detector, support);
    }

    /** A face that fills the whole picture: used when detection is skipped for a cropped face or a skin patch. */
    public static DetectedFace wholePicture(int width, int height) {
        FaceBox b = new FaceBox(0, 0, width, height);
        return new DetectedFace(b, new Point2(width * 0.30, height * 0.38), new Point2(width * 0.70, height * 0.38), false, "none", 0);
    }
}
