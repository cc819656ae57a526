package io.aifashion.vision;

import io.aifashion.vision.light.Illuminant;
import io.aifashion.vision.quality.QualityWarning;
import io.aifashion.vision.quality.Retake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of analysing one photo. No metadata of the photo (EXIF, GPS, XMP) is kept in it.
 *
 * @param width      upright width of the photo in pixels
 * @param height     upright height in pixels
 * @param mediaType  the sniffed format, e.g. {@code image/jpeg}
 * @param faces      the measured faces, largest first; the first is the primary face
 * @param warnings   photo-level warnings (no face, several faces, grayscale) followed by the primary face's
 * @param retake     why the photo must be retaken (no face, or the primary face's blocking problem), or null
 * @param illuminant the estimated light, or null when the light was not estimated
 * @param lightCorrected whether the colours were corrected from {@code illuminant} to D65 (the
 *                   estimate combines the scene, the skin and a prior, see {@link io.aifashion.vision.light.LightFusion})
 * @param timings    time per stage
 * @param report     the PNG report when requested, else null
 */
public record SkinToneAnalysis(int width, int height, String mediaType, List<FaceAnalysis> faces,
                               List<QualityWarning> warnings, Retake retake, Illuminant illuminant,
                               boolean lightCorrected, StageTimings timings, byte[] report) {

    public SkinToneAnalysis {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(timings, "timings");
        faces = List.copyOf(faces);
        warnings = List.copyOf(warnings);
        report = report == null ? null : report.clone();
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("dimensions must be positive");
        }
    }

    /** The largest face, if any. */
    public Optional<FaceAnalysis> primaryFace() {
        return faces.isEmpty() ? Optional.empty() : Optional.of(faces.get(0));
    }

    /** A copy of the PNG report, or null. */
    @Override
    public byte[] report() {
        return report == null ? null : report.clone();
    }

    /** Whether the photo must be retaken. */
    public boolean needsRetake() {
        return retake != null;
    }
}
