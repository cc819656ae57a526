package io.aifashion.color.palette;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;
import io.aifashion.color.space.Srgb;

import java.util.Objects;

/**
 * One colour of a palette.
 *
 * @param name human name: the nearest entry of the named-colour dictionary (for metals, the metal)
 * @param srgb the colour, displayable in sRGB
 * @param lab  its CIELAB (D65)
 * @param role what it is for
 * @param note why it is in the palette, in a few words (e.g. "echoes your hair", "too dark and cool")
 */
public record PaletteColor(String name, Srgb srgb, Lab lab, PaletteRole role, String note) {

    public PaletteColor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(srgb, "srgb");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(note, "note");
    }

    public String hex() {
        return srgb.toHex();
    }

    public Lch lch() {
        return lab.toLch();
    }
}
