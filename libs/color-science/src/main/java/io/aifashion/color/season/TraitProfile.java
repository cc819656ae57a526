package io.aifashion.color.season;

import io.aifashion.color.InvalidColorException;

import java.util.OptionalDouble;

/**
 * A person's colouring on the four axes of seasonal colour analysis, each normalised to [−1, 1]
 * (see {@link SeasonClassifier} for how they are measured).
 *
 * @param temperature −1 cool … +1 warm (undertone: skin hue, hair and eye warmth)
 * @param value       −1 deep … +1 light (lightness of skin, hair and eyes)
 * @param chroma      −1 soft/muted … +1 bright/clear (skin chroma for its lightness, eye chroma)
 * @param contrast    −1 low … +1 high (lightness difference skin–hair and skin–eyes); empty when
 *                    only the skin is known
 */
public record TraitProfile(double temperature, double value, double chroma, OptionalDouble contrast) {

    public TraitProfile {
        check("temperature", temperature);
        check("value", value);
        check("chroma", chroma);
        if (contrast == null) {
            throw new NullPointerException("contrast (use OptionalDouble.empty())");
        }
        if (contrast.isPresent()) {
            check("contrast", contrast.getAsDouble());
        }
    }

    private static void check(String field, double v) {
        if (!(v >= -1.0 && v <= 1.0)) {
            throw new InvalidColorException("traits." + field, Double.toString(v), field + " must be in [-1, 1]; got " + v);
        }
    }
}
