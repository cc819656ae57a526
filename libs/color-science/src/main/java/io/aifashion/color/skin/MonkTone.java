package io.aifashion.color.skin;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Srgb;

import java.util.Objects;

/**
 * A colour's place on the Monk Skin Tone scale.
 *
 * @param tone       1 (lightest) … 10 (deepest)
 * @param confidence in [0, 1], 1 on the reference colour; calibrated as described in {@link ToneScale}
 * @param deltaE     CIEDE2000 distance to the reference colour of {@code tone}
 * @param reference  the published reference colour of {@code tone}
 * @param runnerUp   the second-nearest tone (the likeliest alternative when confidence is low)
 */
public record MonkTone(int tone, double confidence, double deltaE, Srgb reference, int runnerUp) {

    public MonkTone {
        if (tone < 1 || tone > 10) {
            throw new InvalidColorException("monk.tone", Integer.toString(tone), "Monk tone must be 1..10; got " + tone);
        }
        if (runnerUp < 1 || runnerUp > 10 || runnerUp == tone) {
            throw new InvalidColorException("monk.runnerUp", Integer.toString(runnerUp), "Monk runner-up must be another tone in 1..10; got " + runnerUp);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new InvalidColorException("monk.confidence", Double.toString(confidence), "confidence must be in [0, 1]; got " + confidence);
        }
        if (!(deltaE >= 0.0) || Double.isInfinite(deltaE)) {
            throw new InvalidColorException("monk.deltaE", Double.toString(deltaE), "deltaE must be finite and non-negative; got " + deltaE);
        }
        Objects.requireNonNull(reference, "reference");
    }
}
