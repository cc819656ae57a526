package io.aifashion.color.palette;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.season.Season;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A season's (or a person's) colour palette.
 *
 * @param season       the season it is built for
 * @param personalised whether it was shifted toward one person's measured colours
 * @param wearable     at least 24 colours to wear
 * @param neutrals     six (or more) basics
 * @param accents      the most vivid colours, for small doses
 * @param metals       jewellery metals, best first
 * @param avoid        colours that fight this colouring
 */
public record Palette(Season season, boolean personalised, List<PaletteColor> wearable, List<PaletteColor> neutrals,
                      List<PaletteColor> accents, List<PaletteColor> metals, List<PaletteColor> avoid) {

    public Palette {
        Objects.requireNonNull(season, "season");
        wearable = List.copyOf(wearable);
        neutrals = List.copyOf(neutrals);
        accents = List.copyOf(accents);
        metals = List.copyOf(metals);
        avoid = List.copyOf(avoid);
        if (wearable.isEmpty() && neutrals.isEmpty() && accents.isEmpty()) {
            throw new InvalidColorException("palette", season.displayName(), "a palette needs at least one colour to wear");
        }
    }

    /** Everything that counts as "in the palette" for matching: wearable, neutrals and accents. */
    public List<PaletteColor> matchable() {
        List<PaletteColor> all = new ArrayList<>(wearable.size() + neutrals.size() + accents.size());
        all.addAll(wearable);
        all.addAll(neutrals);
        all.addAll(accents);
        return List.copyOf(all);
    }

    /** Every colour of the palette, avoid colours and metals included. */
    public List<PaletteColor> all() {
        List<PaletteColor> all = new ArrayList<>(matchable());
        all.addAll(metals);
        all.addAll(avoid);
        return List.copyOf(all);
    }
}
