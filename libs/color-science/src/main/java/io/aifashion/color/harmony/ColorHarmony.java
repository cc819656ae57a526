package io.aifashion.color.harmony;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Generates harmony sets around a base colour. */
public final class ColorHarmony {

    private ColorHarmony() {
    }

    /**
     * The base colour followed by its partners in {@code scheme}: hue rotated in LCh(ab), lightness
     * and chroma kept, chroma then reduced if needed to stay displayable in sRGB.
     */
    public static List<Lab> of(Lab base, HarmonyScheme scheme) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scheme, "scheme");
        Lch lch = base.toLch();
        List<Lab> colours = new ArrayList<>(scheme.offsets().size() + 1);
        colours.add(base);
        for (double offset : scheme.offsets()) {
            colours.add(lch.rotate(offset).clampToSrgb().toLab());
        }
        return List.copyOf(colours);
    }
}
