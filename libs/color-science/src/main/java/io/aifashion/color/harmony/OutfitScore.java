package io.aifashion.color.harmony;

import io.aifashion.color.InvalidColorException;

import java.util.Objects;

/**
 * How well 2–5 colours go together, 0–100, with the components it is made of (see
 * {@link OutfitScorer} for the method).
 *
 * @param score             0–100
 * @param hueHarmony        0–1: how well the chromatic colours' hues fit the best harmonic template
 * @param lightnessContrast 0–1: whether the outfit has enough light–dark structure
 * @param chromaBalance     0–1: penalises several vivid colours competing
 * @param template          the best-fitting hue template, or "neutral" when at most one colour is chromatic
 * @param explanation       one sentence for the user
 */
public record OutfitScore(double score, double hueHarmony, double lightnessContrast, double chromaBalance,
                          String template, String explanation) {

    public OutfitScore {
        if (!(score >= 0 && score <= 100)) {
            throw new InvalidColorException("score", Double.toString(score), "score must be in [0, 100]; got " + score);
        }
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(explanation, "explanation");
    }
}
