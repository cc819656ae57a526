package io.aifashion.imaging.domain;

import java.util.List;
import java.util.Objects;

/**
 * One face in the photo: where it is, what was measured on it, or why it cannot be measured. A face
 * that needs a retake carries no colours (a measurement that cannot be trusted is not reported).
 *
 * @param box         the face in upright photo pixels
 * @param detector    which detector found it ({@code none} when detection was skipped)
 * @param eyesLocated whether eye centres were found (otherwise geometric priors were used)
 * @param sharpness   focus measure (variance of the Laplacian at the normalised face scale)
 * @param warnings    quality warnings for this face
 * @param retake      why this face cannot be measured, or null
 * @param skin        the measurement; present exactly when {@code retake} is null
 */
public record FaceResult(Box box, String detector, boolean eyesLocated, double sharpness, List<Notice> warnings,
                         Notice retake, SkinMeasurement skin) {

    public FaceResult {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(detector, "detector");
        warnings = List.copyOf(warnings);
        if ((retake == null) == (skin == null)) {
            throw new IllegalArgumentException("a face has either a measurement or a retake verdict");
        }
    }

    public boolean measured() {
        return skin != null;
    }
}
