package io.aifashion.imaging.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pipeline derived from one photo: no pixels and no metadata of the photo, only
 * dimensions, measured colours and verdicts. This is what is stored and cached.
 *
 * @param width     upright width of the photo, pixels
 * @param height    upright height, pixels
 * @param mediaType the format sniffed from the bytes, e.g. {@code image/jpeg}
 * @param faces     the faces, largest first; the first is the primary face
 * @param warnings  photo-level warnings followed by the primary face's
 * @param retake    why the photo must be retaken ({@code no-face}, {@code too-dark}, ...), or null
 * @param light     the estimated scene light, or null when it was not estimated
 * @param timings   milliseconds per pipeline stage, in pipeline order
 */
public record AnalysisResult(int width, int height, String mediaType, List<FaceResult> faces, List<Notice> warnings,
                             Notice retake, LightEstimate light, Map<String, Double> timings) {

    public AnalysisResult {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("dimensions must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(mediaType, "mediaType");
        faces = List.copyOf(faces);
        warnings = List.copyOf(warnings);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        if (retake == null && (faces.isEmpty() || !faces.get(0).measured())) {
            throw new IllegalArgumentException("a result without a measured primary face must say why (retake)");
        }
    }

    public Optional<FaceResult> primaryFace() {
        return faces.isEmpty() ? Optional.empty() : Optional.of(faces.get(0));
    }

    /** True when the primary face was measured: the analysis is a usable skin-tone result. */
    public boolean completed() {
        return retake == null;
    }
}
