package io.aifashion.colormatching.web;

import io.aifashion.color.season.Season;
import io.aifashion.colormatching.application.ReadPalettes;
import io.aifashion.colormatching.web.ColorViews.MyPaletteView;
import io.aifashion.colormatching.web.ColorViews.PaletteView;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/** Palette responses, cached in Redis (see CacheConfiguration for lifetimes and eviction). */
@Component
public class PaletteViews {

    private final ReadPalettes palettes;

    public PaletteViews(ReadPalettes palettes) {
        this.palettes = palettes;
    }

    @Cacheable(cacheNames = "season-palette", key = "#season.name()")
    public PaletteView seasonPalette(Season season) {
        return PaletteView.of(palettes.forSeason(season));
    }

    /** @return null when the user has no palette yet (not cached) */
    @Cacheable(cacheNames = "my-palette", key = "#userId", unless = "#result == null")
    public MyPaletteView myPalette(String userId) {
        return palettes.mine(userId).map(p -> new MyPaletteView(p.id().toString(), p.analysisId(),
                ColorViews.slug(p.season()), p.season().displayName(), ColorViews.round(p.confidence()),
                p.explanation(), p.createdAt().toString(), PaletteView.of(p.palette()))).orElse(null);
    }
}
