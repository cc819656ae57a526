package io.aifashion.color.skin;

import io.aifashion.color.InvalidColorException;

import java.util.Objects;

/**
 * The result of placing a colour on a {@link ToneScale}.
 *
 * @param tone           the nearest reference tone by CIEDE2000
 * @param deltaE         ΔE00 from the colour to {@code tone}
 * @param confidence     in [0, 1]; see {@link ToneScale#classify} for its meaning
 * @param runnerUp       the second-nearest tone
 * @param runnerUpDeltaE ΔE00 from the colour to {@code runnerUp}
 */
public record ToneMatch(Tone tone, double deltaE, double confidence, Tone runnerUp, double runnerUpDeltaE) {

    public ToneMatch {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(runnerUp, "runnerUp");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new InvalidColorException("confidence", Double.toString(confidence), "confidence must be in [0, 1]; got " + confidence);
        }
        if (!(deltaE >= 0.0) || !(runnerUpDeltaE >= deltaE)) {
            throw new InvalidColorException("deltaE", deltaE + "," + runnerUpDeltaE,
                    "distances must satisfy 0 <= deltaE <= runnerUpDeltaE; got " + deltaE + ", " + runnerUpDeltaE);
        }
    }
}
