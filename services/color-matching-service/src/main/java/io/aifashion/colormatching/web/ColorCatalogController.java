package io.aifashion.colormatching.web;

import io.aifashion.color.season.Season;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.colormatching.web.ColorViews.LabView;
import io.aifashion.colormatching.web.ColorViews.MonkToneView;
import io.aifashion.colormatching.web.ColorViews.PaletteView;
import io.aifashion.colormatching.web.ColorViews.SeasonView;
import io.aifashion.kit.web.ApiProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The reference data: the Monk Skin Tone scale, the 12 seasons and each season's palette. */
@RestController
public class ColorCatalogController {

    private final PaletteViews palettes;

    public ColorCatalogController(PaletteViews palettes) {
        this.palettes = palettes;
    }

    @GetMapping("/api/v1/monk-scale")
    public Map<String, Object> monkScale() {
        List<MonkToneView> tones = MonkScale.standard().tones().stream()
                .map(t -> new MonkToneView(t.index(), t.srgb().toHex(), LabView.of(t.lab()))).toList();
        return Map.of("name", "Monk Skin Tone Scale", "tones", tones);
    }

    @GetMapping("/api/v1/seasons")
    public List<SeasonView> seasons() {
        return Arrays.stream(Season.values()).map(SeasonView::of).toList();
    }

    @GetMapping("/api/v1/seasons/{season}/palette")
    public PaletteView seasonPalette(@PathVariable String season) {
        return palettes.seasonPalette(parseSeason(season, "season"));
    }

    /** Accepts {@code deep-autumn}, {@code DEEP_AUTUMN} or {@code Deep Autumn}. */
    static Season parseSeason(String value, String field) {
        String normalised = value == null ? "" : value.trim().replace('-', ' ').replace('_', ' ');
        return Season.parse(normalised)
                .or(() -> Arrays.stream(Season.values())
                        .filter(s -> s.name().replace('_', ' ').equalsIgnoreCase(normalised)).findFirst())
                .orElseThrow(() -> ApiProblem.badRequest(field, "'" + value + "' is not one of the 12 seasons ("
                        + String.join(", ", Arrays.stream(Season.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()) + ")"));
    }
}
