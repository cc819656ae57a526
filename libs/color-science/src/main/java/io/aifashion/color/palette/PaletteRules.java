package io.aifashion.color.palette;

import io.aifashion.color.season.Season;
import io.aifashion.color.space.Lch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a season's palette is generated from, in CIE LCh(ab).
 *
 * <p>They encode the 12-season system's description of each season's colours: value (how light
 * or deep the colours are), chroma (how clear or muted) and temperature (yellow-based or
 * blue-based), as ranges of L* and C*ab and a hue lean. The ranges are the project's reading of the
 * published season descriptions (Sci\ART / Kalisz 12-tone system; Jackson 1980 for the four
 * families), set so that, for example, Light Summer's colours are L* 65–90 at C*ab 12–32 — pastel
 * and cool — while Bright Winter's are L* 30–70 at C*ab 60–90 — vivid.
 *
 * @param minLightness lightest/darkest bounds of the wearable colours (L*)
 * @param maxLightness upper L* bound
 * @param minChroma    lower C*ab bound (how muted the palette gets)
 * @param maxChroma    upper C*ab bound (how vivid)
 * @param warmth       −1 … +1: how far hues lean toward yellow (+) or blue (−)
 * @param hues         the base hue angles (degrees) of the twelve hue families of the palette
 * @param neutrals     the season's neutrals as LCh colours
 * @param metals       metals, best first
 */
public record PaletteRules(double minLightness, double maxLightness, double minChroma, double maxChroma,
                           double warmth, List<Double> hues, List<Lch> neutrals, List<Metal> metals) {

    /** Warm families: tomato red, coral, orange, marigold, golden yellow, olive, leaf green, jade, teal, turquoise, periwinkle blue, warm violet. */
    static final List<Double> WARM_HUES = List.of(33.0, 45.0, 60.0, 75.0, 92.0, 110.0, 135.0, 160.0, 195.0, 225.0, 270.0, 320.0);
    /** Cool families: rose, blue-red, cerise, fuchsia, orchid, violet, royal blue, azure, sky blue, teal, emerald, lemon. */
    static final List<Double> COOL_HUES = List.of(10.0, 25.0, 350.0, 335.0, 315.0, 300.0, 285.0, 260.0, 235.0, 200.0, 165.0, 100.0);

    private static final Map<Season, PaletteRules> RULES = build();

    public PaletteRules {
        hues = List.copyOf(hues);
        neutrals = List.copyOf(neutrals);
        metals = List.copyOf(metals);
    }

    public static PaletteRules of(Season season) {
        return RULES.get(Objects.requireNonNull(season, "season"));
    }

    private static Map<Season, PaletteRules> build() {
        Map<Season, PaletteRules> r = new EnumMap<>(Season.class);
        r.put(Season.LIGHT_SPRING, new PaletteRules(65, 90, 25, 50, 0.6, WARM_HUES, List.of(
                lch(96, 7, 88), lch(88, 16, 82), lch(74, 22, 72), lch(72, 5, 75), lch(60, 26, 66), lch(40, 24, 268)),
                List.of(Metal.GOLD, Metal.ROSE_GOLD)));
        r.put(Season.TRUE_SPRING, new PaletteRules(50, 80, 40, 70, 1.0, WARM_HUES, List.of(
                lch(95, 9, 88), lch(90, 16, 84), lch(66, 28, 72), lch(60, 5, 75), lch(45, 30, 65), lch(32, 28, 268)),
                List.of(Metal.GOLD, Metal.BRONZE, Metal.COPPER)));
        r.put(Season.BRIGHT_SPRING, new PaletteRules(45, 75, 55, 85, 0.5, WARM_HUES, List.of(
                lch(97, 4, 90), lch(76, 4, 75), lch(62, 26, 72), lch(36, 4, 70), lch(30, 20, 55), lch(28, 35, 275)),
                List.of(Metal.GOLD, Metal.ROSE_GOLD, Metal.SILVER)));
        r.put(Season.LIGHT_SUMMER, new PaletteRules(65, 90, 12, 32, -0.6, COOL_HUES, List.of(
                lch(96, 3, 250), lch(82, 3, 250), lch(75, 10, 40), lch(66, 5, 300), lch(56, 12, 255), lch(40, 18, 268)),
                List.of(Metal.SILVER, Metal.PLATINUM, Metal.ROSE_GOLD)));
        r.put(Season.TRUE_SUMMER, new PaletteRules(45, 75, 15, 40, -1.0, COOL_HUES, List.of(
                lch(93, 3, 250), lch(76, 3, 250), lch(56, 3, 250), lch(50, 12, 255), lch(45, 12, 30), lch(30, 22, 270)),
                List.of(Metal.SILVER, Metal.PLATINUM)));
        r.put(Season.SOFT_SUMMER, new PaletteRules(38, 70, 8, 25, -0.4, COOL_HUES, List.of(
                lch(90, 4, 80), lch(70, 6, 70), lch(55, 8, 60), lch(40, 8, 250), lch(38, 12, 40), lch(32, 15, 268)),
                List.of(Metal.SILVER, Metal.ROSE_GOLD, Metal.PLATINUM)));
        r.put(Season.SOFT_AUTUMN, new PaletteRules(38, 70, 12, 30, 0.4, WARM_HUES, List.of(
                lch(88, 8, 80), lch(65, 10, 65), lch(62, 22, 72), lch(55, 12, 65), lch(50, 12, 100), lch(35, 18, 60)),
                List.of(Metal.GOLD, Metal.ROSE_GOLD, Metal.BRONZE)));
        r.put(Season.TRUE_AUTUMN, new PaletteRules(30, 65, 28, 55, 1.0, WARM_HUES, List.of(
                lch(90, 14, 85), lch(60, 28, 70), lch(58, 22, 90), lch(42, 25, 105), lch(38, 20, 65), lch(28, 22, 55)),
                List.of(Metal.GOLD, Metal.BRONZE, Metal.COPPER)));
        r.put(Season.DEEP_AUTUMN, new PaletteRules(20, 50, 25, 50, 0.5, WARM_HUES, List.of(
                lch(88, 14, 85), lch(55, 26, 70), lch(35, 22, 105), lch(28, 6, 70), lch(25, 22, 55), lch(18, 12, 55)),
                List.of(Metal.GOLD, Metal.COPPER, Metal.BRONZE)));
        r.put(Season.DEEP_WINTER, new PaletteRules(15, 45, 30, 60, -0.5, COOL_HUES, List.of(
                lch(99, 0, 0), lch(45, 2, 250), lch(30, 2, 250), lch(22, 18, 15), lch(18, 25, 275), lch(4, 0, 0)),
                List.of(Metal.SILVER, Metal.PLATINUM)));
        r.put(Season.TRUE_WINTER, new PaletteRules(25, 65, 45, 75, -1.0, COOL_HUES, List.of(
                lch(100, 0, 0), lch(90, 3, 250), lch(55, 2, 250), lch(30, 2, 250), lch(22, 35, 280), lch(0, 0, 0)),
                List.of(Metal.SILVER, Metal.PLATINUM)));
        r.put(Season.BRIGHT_WINTER, new PaletteRules(30, 70, 60, 90, -0.5, COOL_HUES, List.of(
                lch(100, 0, 0), lch(80, 3, 250), lch(60, 5, 300), lch(32, 2, 250), lch(25, 40, 280), lch(0, 0, 0)),
                List.of(Metal.SILVER, Metal.PLATINUM)));
        return r;
    }

    private static Lch lch(double l, double c, double h) {
        return new Lch(l, c, h);
    }
}
