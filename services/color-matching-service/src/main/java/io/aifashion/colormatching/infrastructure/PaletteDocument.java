package io.aifashion.colormatching.infrastructure;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteRole;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.Srgb;
import java.util.ArrayList;
import java.util.List;

/** The stored (JSON) form of a palette: its colours by name, hex and role. CIELAB is derived on load. */
record PaletteDocument(String season, boolean personalised, List<Colour> colours) {

    record Colour(String name, String hex, String role, String note) {
    }

    static PaletteDocument of(Palette p) {
        List<Colour> colours = new ArrayList<>();
        for (PaletteColor c : p.all()) {
            colours.add(new Colour(c.name(), c.hex(), c.role().name(), c.note()));
        }
        return new PaletteDocument(p.season().name(), p.personalised(), colours);
    }

    Palette toPalette() {
        List<PaletteColor> wearable = new ArrayList<>();
        List<PaletteColor> neutrals = new ArrayList<>();
        List<PaletteColor> accents = new ArrayList<>();
        List<PaletteColor> metals = new ArrayList<>();
        List<PaletteColor> avoid = new ArrayList<>();
        for (Colour c : colours) {
            Srgb srgb = Srgb.parseHex(c.hex());
            PaletteRole role = PaletteRole.valueOf(c.role());
            PaletteColor colour = new PaletteColor(c.name(), srgb, srgb.toLab(), role, c.note() == null ? "" : c.note());
            switch (role) {
                case WEARABLE -> wearable.add(colour);
                case NEUTRAL -> neutrals.add(colour);
                case ACCENT -> accents.add(colour);
                case METAL -> metals.add(colour);
                case AVOID -> avoid.add(colour);
            }
        }
        return new Palette(Season.valueOf(season), personalised, wearable, neutrals, accents, metals, avoid);
    }
}
