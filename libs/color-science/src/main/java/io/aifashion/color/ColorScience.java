package io.aifashion.color;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.harmony.ColorHarmony;
import io.aifashion.color.harmony.HarmonyScheme;
import io.aifashion.color.harmony.OutfitScore;
import io.aifashion.color.harmony.OutfitScorer;
import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.naming.NamedColor;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonClassifier;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.skin.Ita;
import io.aifashion.color.skin.MonkScale;
import io.aifashion.color.skin.MonkTone;
import io.aifashion.color.skin.SkinToneAssessment;
import io.aifashion.color.skin.Undertone;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;

import java.util.List;
import java.util.Optional;

/**
 * The library's front door: one-line access to what the services need. Every method delegates to
 * the class that owns the concept (named in its comment), which is where the method and its
 * references are documented; use those directly for anything beyond the defaults.
 */
public final class ColorScience {

    private ColorScience() {
    }

    /** Parses {@code #rrggbb} ({@link Srgb#parseHex}). @throws InvalidColorException on malformed input */
    public static Srgb parseHex(String hex) {
        return Srgb.parseHex(hex);
    }

    /** CIELAB (D65) of a {@code #rrggbb} colour. @throws InvalidColorException on malformed input */
    public static Lab lab(String hex) {
        return Srgb.parseHex(hex).toLab();
    }

    /** CIEDE2000 colour difference ({@link Ciede2000}). */
    public static double deltaE(Lab x, Lab y) {
        return Ciede2000.deltaE(x, y);
    }

    /** Monk tone, ITA° and class, Fitzpatrick estimate and undertone of a skin colour ({@link SkinToneAssessment}). */
    public static SkinToneAssessment describeSkin(Lab skin) {
        return SkinToneAssessment.of(skin);
    }

    /** {@link #describeSkin(Lab)} of a {@code #rrggbb} colour. */
    public static SkinToneAssessment describeSkin(String hex) {
        return SkinToneAssessment.of(lab(hex));
    }

    /** Nearest Monk tone with confidence ({@link MonkScale}). */
    public static MonkTone monk(Lab skin) {
        return MonkScale.standard().classify(skin);
    }

    /** Individual Typology Angle ({@link Ita}). */
    public static Ita ita(Lab skin) {
        return Ita.of(skin);
    }

    /** Undertone with its scores ({@link Undertone}). */
    public static Undertone undertone(Lab skin) {
        return Undertone.of(skin);
    }

    /** Season analysis from skin, hair and eye colours ({@link SeasonClassifier}). */
    public static SeasonAnalysis season(SeasonTraits traits) {
        return SeasonClassifier.standard().classify(traits);
    }

    /** The generated palette of a season ({@link PaletteGenerator}). */
    public static Palette palette(Season season) {
        return PaletteGenerator.standard().forSeason(season);
    }

    /** A palette shifted toward the person's measured colours ({@link PaletteGenerator#personalised}). */
    public static Palette personalPalette(SeasonAnalysis analysis, SeasonTraits traits) {
        return PaletteGenerator.standard().personalised(analysis, traits);
    }

    /** A matcher scoring product colours against a palette ({@link PaletteMatcher}). */
    public static PaletteMatcher matcher(Palette palette) {
        return PaletteMatcher.of(palette);
    }

    /** Harmony set around a colour ({@link ColorHarmony}). */
    public static List<Lab> harmony(Lab base, HarmonyScheme scheme) {
        return ColorHarmony.of(base, scheme);
    }

    /** Compatibility of 2–5 outfit colours ({@link OutfitScorer}). */
    public static OutfitScore outfit(List<Lab> colours) {
        return OutfitScorer.score(colours);
    }

    /** Case-insensitive lookup of a colour name such as "Navy Blue" ({@link ColorNameDictionary}). */
    public static Optional<NamedColor> colourNamed(String name) {
        return ColorNameDictionary.standard().lookup(name);
    }

    /** The nearest named colour ({@link ColorNameDictionary}). */
    public static NamedColor nameOf(Lab colour) {
        return ColorNameDictionary.standard().nearest(colour);
    }
}
