package io.aifashion.catalog.domain;

import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

/**
 * The shade of a complexion product (foundation, concealer, tinted moisturiser): its name as the
 * brand sells it and its colour, placed on the Monk Skin Tone scale (Monk, 2019) so that shades can
 * be browsed by depth.
 *
 * @param name     the brand's shade name, e.g. "220 Warm Beige"
 * @param hex      lower-case {@code #rrggbb}
 * @param lab      CIELAB (D65) of {@code hex}
 * @param monkTone the nearest Monk tone, 1 (lightest) … 10 (deepest)
 */
public record Shade(String name, String hex, Lab lab, int monkTone) {

    static final int MAX_NAME = 80;

    public Shade {
        name = Text.required(name, "shade.name", MAX_NAME);
        Srgb srgb = ProductColour.parse(hex, "shade.hex");
        hex = srgb.toHex();
        lab = srgb.toLab();
        monkTone = MonkScale.standard().classify(lab).tone();
    }

    public static Shade of(String name, String hex) {
        return new Shade(name, hex, null, 0);
    }
}
