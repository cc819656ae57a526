package io.aifashion.imaging.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything measured on one face whose photo passed the quality gate.
 *
 * @param monkTone         Monk Skin Tone 1 (lightest) .. 10 (deepest)
 * @param confidence       confidence of the Monk tone, 0..1
 * @param deltaE           CIEDE2000 from the skin colour to the chosen Monk reference
 * @param monkRunnerUp     the second-nearest Monk tone
 * @param neighbours       CIEDE2000 to the Monk tones either side
 * @param skinHex          the light-corrected skin colour as {@code #rrggbb}
 * @param skinLab          the same in CIELAB (D65)
 * @param asPhotographed   the skin colour before light correction
 * @param correctionDeltaE CIEDE2000 between {@code asPhotographed} and {@code skinLab}
 * @param ita              Individual Typology Angle, degrees
 * @param itaCategory      Chardon/Del Bino class, e.g. {@code intermediate}
 * @param fitzpatrick      the Fitzpatrick phototype the ITA class usually corresponds to (I..VI; an estimate)
 * @param undertone        undertone with its scores
 * @param hair             hair colour or unknown
 * @param eyes             eye colour or unknown
 * @param contrast         {@code low}, {@code medium}, {@code high} or {@code unknown}
 * @param season           the 12-season colour type
 * @param maskCoverage     skin pixels as a fraction of the face oval, 0..1
 * @param dominantColors   the main skin colours with their shares, largest first
 */
public record SkinMeasurement(int monkTone, double confidence, double deltaE, int monkRunnerUp, ToneNeighbours neighbours,
                              String skinHex, LabValue skinLab, LabValue asPhotographed, double correctionDeltaE,
                              double ita, String itaCategory, String fitzpatrick, UndertoneReading undertone,
                              FeatureColour hair, FeatureColour eyes, String contrast, SeasonReading season,
                              double maskCoverage, List<Swatch> dominantColors) {

    public SkinMeasurement {
        if (monkTone < 1 || monkTone > 10) {
            throw new IllegalArgumentException("Monk tone must be 1..10: " + monkTone);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        Objects.requireNonNull(neighbours, "neighbours");
        Objects.requireNonNull(skinHex, "skinHex");
        if (!skinHex.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + skinHex);
        }
        Objects.requireNonNull(skinLab, "skinLab");
        Objects.requireNonNull(asPhotographed, "asPhotographed");
        Objects.requireNonNull(itaCategory, "itaCategory");
        Objects.requireNonNull(fitzpatrick, "fitzpatrick");
        Objects.requireNonNull(undertone, "undertone");
        Objects.requireNonNull(hair, "hair");
        Objects.requireNonNull(eyes, "eyes");
        Objects.requireNonNull(contrast, "contrast");
        Objects.requireNonNull(season, "season");
        if (!(maskCoverage >= 0 && maskCoverage <= 1)) {
            throw new IllegalArgumentException("maskCoverage must be in [0, 1]: " + maskCoverage);
        }
        dominantColors = List.copyOf(dominantColors);
    }

    /**
     * CIEDE2000 distances to the Monk tones either side of the chosen one: how close the
     * measurement is to tipping over.
     *
     * @param lighter to tone - 1, null for tone 1
     * @param darker  to tone + 1, null for tone 10
     */
    public record ToneNeighbours(Double lighter, Double darker) {
    }
}
