package io.aifashion.recommendation.domain.shopper;

import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteRole;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.Srgb;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's current personal palette as the colour-matching service announced it.
 *
 * @param season  the season's display name, e.g. {@code Deep Autumn}
 * @param version changes with every new palette (the event id), so caches keyed by it go stale
 */
public record UserPalette(String userId, String analysisId, String season, double confidence, List<Swatch> wearable,
                          List<Swatch> neutrals, List<Swatch> accents, List<Swatch> metals, List<Swatch> avoid,
                          String version, Instant receivedAt) {

    public UserPalette {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(receivedAt, "receivedAt");
        wearable = List.copyOf(wearable);
        neutrals = List.copyOf(neutrals);
        accents = List.copyOf(accents);
        metals = List.copyOf(metals);
        avoid = List.copyOf(avoid);
        if (wearable.isEmpty()) {
            throw new IllegalArgumentException("a palette needs wearable colours");
        }
        if (Season.parse(season).isEmpty()) {
            throw new IllegalArgumentException("unknown season '" + season + "'");
        }
    }

    /** The palette as the colour library's type, for CIEDE2000 matching. */
    public Palette toColourPalette() {
        return new Palette(Season.parse(season).orElseThrow(), true, colours(wearable, PaletteRole.WEARABLE),
                colours(neutrals, PaletteRole.NEUTRAL), colours(accents, PaletteRole.ACCENT),
                colours(metals, PaletteRole.METAL), colours(avoid, PaletteRole.AVOID));
    }

    private static List<PaletteColor> colours(List<Swatch> swatches, PaletteRole role) {
        return swatches.stream().map(s -> {
            Srgb srgb = Srgb.parseHex(s.hex());
            return new PaletteColor(s.name(), srgb, srgb.toLab(), role, "");
        }).toList();
    }
}
