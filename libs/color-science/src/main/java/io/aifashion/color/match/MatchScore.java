package io.aifashion.color.match;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.palette.PaletteColor;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How well one product colour suits a palette.
 *
 * @param score        0–100 (see {@link PaletteMatcher} for the formula)
 * @param nearest      the nearest wearable, neutral or accent colour of the palette
 * @param deltaE       ΔE00 from the product colour to {@code nearest}
 * @param nearestAvoid the nearest avoid colour, if the palette has any
 * @param avoidDeltaE  ΔE00 to {@code nearestAvoid} ({@code +∞} without avoid colours)
 * @param penalised    whether the avoid penalty was applied
 */
public record MatchScore(double score, PaletteColor nearest, double deltaE, Optional<PaletteColor> nearestAvoid,
                         double avoidDeltaE, boolean penalised) {

    public MatchScore {
        if (!(score >= 0 && score <= 100)) {
            throw new InvalidColorException("score", Double.toString(score), "score must be in [0, 100]; got " + score);
        }
        Objects.requireNonNull(nearest, "nearest");
        Objects.requireNonNull(nearestAvoid, "nearestAvoid");
    }

    /** A sentence for the user, e.g. "Close to Dusty Blue in your palette (ΔE00 2.1)". */
    public String explanation() {
        String closeness = deltaE < 3 ? "Matches" : deltaE < 8 ? "Close to" : deltaE < 15 ? "Related to" : "Far from every colour of your palette; nearest is";
        String s = String.format(Locale.ROOT, "%s %s in your palette (ΔE00 %.1f)", closeness, nearest.name(), deltaE);
        if (penalised && nearestAvoid.isPresent()) {
            s += String.format(Locale.ROOT, ", but closer to %s, a colour to avoid (ΔE00 %.1f)", nearestAvoid.get().name(), avoidDeltaE);
        }
        return s;
    }
}
