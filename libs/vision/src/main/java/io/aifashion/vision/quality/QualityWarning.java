package io.aifashion.vision.quality;

/**
 * A problem with a photo that limits how far its measurement can be trusted. Each has a stable
 * kebab-case {@link #code()} and a sentence for the person who took the photo. Whether a warning
 * forces a retake depends on its severity in the particular photo (see {@link QualityGate}).
 */
public enum QualityWarning {
    NO_FACE("no-face", "No face was found. Face the camera with your whole face in the picture."),
    MULTIPLE_FACES("multiple-faces", "Several faces were found; the largest one is the main result."),
    FACE_TOO_SMALL("face-too-small", "The face is too small in the picture. Move closer or crop the photo."),
    TOO_DARK("too-dark", "The face is too dark to measure. Find brighter, even light."),
    OVEREXPOSED("overexposed", "Parts of the face are blown out to white. Avoid direct flash and strong sun."),
    COLOR_CAST("color-cast", "The light has a strong colour cast; the result was corrected for it."),
    BLURRY("blurry", "The face is blurred. Hold the camera still and let it focus."),
    LOW_SKIN_COVERAGE("low-skin-coverage", "Too little bare skin is visible (hair, glasses, a mask or shadow cover the face)."),
    GRAYSCALE("grayscale", "The photo has no colour information (black and white)."),
    UNCERTAIN_LIGHT("uncertain-light", "The colour of the light could not be estimated reliably; colours are reported as photographed.");

    private final String code;
    private final String advice;

    QualityWarning(String code, String advice) {
        this.code = code;
        this.advice = advice;
    }

    /** The stable kebab-case code, for example {@code face-too-small}. */
    public String code() {
        return code;
    }

    /** What to do about it, in one sentence. */
    public String advice() {
        return advice;
    }

    /** The warning with this code. */
    public static QualityWarning fromCode(String code) {
        for (QualityWarning w : values()) {
            if (w.code.equals(code)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown quality warning code: " + code);
    }
}
