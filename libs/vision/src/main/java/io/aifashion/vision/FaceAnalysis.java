package io.aifashion.vision;

import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.skin.SkinToneAssessment;
import io.aifashion.color.skin.ToneMatch;
import io.aifashion.vision.analysis.ContrastLevel;
import io.aifashion.vision.analysis.FeatureColor;
import io.aifashion.vision.analysis.SkinColor;
import io.aifashion.vision.face.FaceBox;
import io.aifashion.vision.quality.QualityWarning;
import io.aifashion.vision.quality.Retake;

import java.util.List;
import java.util.Objects;

/**
 * Everything measured for one face. When {@link #retake()} is set the colour fields are null: a
 * measurement that cannot be trusted is not reported.
 *
 * @param box         the face in the photo's upright pixel coordinates
 * @param detector    which cascade found it ({@code none} when detection was skipped)
 * @param eyesLocated whether eye centres were detected (otherwise geometric priors were used)
 * @param skin        the skin colour after light correction, with coverage and dominant colours
 * @param tone        Monk tone with confidence, ITA° and class, Fitzpatrick estimate, undertone
 * @param neighbours  ΔE00 to the Monk tones either side
 * @param scaleMatch  the nearest tone on the extra scale requested in the options, or null
 * @param hair        hair colour or unknown
 * @param eyes        eye colour or unknown
 * @param contrast    value contrast between skin and hair/eyes
 * @param season      the 12-season colour type from the colour-science library's classifier (skin, and
 *                    hair and eyes where known)
 * @param sharpness   focus measure of the face (variance of the Laplacian at the normalised scale)
 * @param warnings    quality warnings for this face
 * @param retake      why this face cannot be measured, or null
 */
public record FaceAnalysis(FaceBox box, String detector, boolean eyesLocated, SkinColor skin, SkinToneAssessment tone,
                           ToneNeighbours neighbours, ToneMatch scaleMatch, FeatureColor hair, FeatureColor eyes,
                           ContrastLevel contrast, SeasonAnalysis season, double sharpness, List<QualityWarning> warnings, Retake retake) {

    public FaceAnalysis {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(detector, "detector");
        warnings = List.copyOf(warnings);
        if (retake == null) {
            Objects.requireNonNull(skin, "skin");
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(neighbours, "neighbours");
            Objects.requireNonNull(hair, "hair");
            Objects.requireNonNull(eyes, "eyes");
            Objects.requireNonNull(contrast, "contrast");
            Objects.requireNonNull(season, "season");
        } else if (skin != null || tone != null) {
            throw new IllegalArgumentException("a face to retake carries no colour measurement");
        }
    }

    /** Whether this face has a trusted measurement. */
    public boolean measured() {
        return retake == null;
    }
}
