package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * The skin's undertone with the continuous scores behind the label (method in docs/color-science.md).
 *
 * @param type       {@code warm}, {@code cool}, {@code neutral} or {@code olive}
 * @param warmth     -1 (cool) .. +1 (warm); the score the warm/cool label is read from
 * @param olive      0 .. 1
 * @param confidence 0 .. 1, how far past its threshold the deciding score is
 * @param hue        CIELAB hue angle h_ab of the skin, degrees
 * @param chroma     CIELAB chroma C*ab of the skin
 */
public record UndertoneReading(String type, double warmth, double olive, double confidence, double hue, double chroma) {

    public UndertoneReading {
        Objects.requireNonNull(type, "type");
        if (!(warmth >= -1 && warmth <= 1) || !(olive >= 0 && olive <= 1) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("undertone scores out of range");
        }
    }
}
