package io.aifashion.color.skin;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

import java.util.Objects;

/**
 * One reference colour of a {@link ToneScale}.
 *
 * @param index 1-based position on the scale, lightest first for the shipped scales
 * @param label display label (e.g. "5" for Monk, "IV" for Fitzpatrick)
 * @param srgb  the published reference colour
 * @param lab   its CIELAB (D65), precomputed because classification compares against it
 */
public record Tone(int index, String label, Srgb srgb, Lab lab) {

    public Tone {
        if (index < 1) {
            throw new InvalidColorException("tone.index", Integer.toString(index), "tone index must be 1 or more; got " + index);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(srgb, "srgb");
        Objects.requireNonNull(lab, "lab");
    }

    public static Tone of(int index, String label, Srgb srgb) {
        return new Tone(index, label, srgb, srgb.toLab());
    }

    public String hex() {
        return srgb.toHex();
    }
}
