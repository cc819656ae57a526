package io.aifashion.color.palette;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.season.Season;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonClassifier;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;
import io.aifashion.color.space.Srgb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PaletteGeneratorTest {

    private static final PaletteGenerator GENERATOR = PaletteGenerator.standard();

    @ParameterizedTest
    @EnumSource(Season.class)
    void everySeasonHasAFullPaletteWithUniqueNames(Season season) {
        Palette p = GENERATOR.forSeason(season);
        assertThat(p.season()).isEqualTo(season);
        assertThat(p.personalised()).isFalse();
        assertThat(p.wearable()).hasSizeGreaterThanOrEqualTo(24).allSatisfy(c -> assertThat(c.role()).isEqualTo(PaletteRole.WEARABLE));
        assertThat(p.neutrals()).hasSize(6).allSatisfy(c -> assertThat(c.role()).isEqualTo(PaletteRole.NEUTRAL));
        assertThat(p.accents()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(p.metals()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(p.avoid()).hasSizeGreaterThanOrEqualTo(3);
        Set<String> names = new HashSet<>();
        for (PaletteColor c : p.all()) {
            assertThat(names.add(c.name())).as("duplicate name %s in %s", c.name(), season).isTrue();
            assertThat(c.lab()).isEqualTo(c.srgb().toLab()); // what is shown is what is matched
        }
    }

    @ParameterizedTest
    @EnumSource(Season.class)
    void wearableColoursFollowTheSeasonRules(Season season) {
        PaletteRules rules = PaletteRules.of(season);
        for (PaletteColor c : GENERATOR.forSeason(season).wearable()) {
            Lch lch = c.lch();
            assertThat(lch.l()).as(c.name()).isBetween(rules.minLightness() - 1, rules.maxLightness() + 1);
            assertThat(lch.c()).as(c.name()).isLessThanOrEqualTo(rules.maxChroma() + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Season.class)
    void avoidColoursAreFarFromEverythingInThePalette(Season season) {
        Palette p = GENERATOR.forSeason(season);
        for (PaletteColor avoid : p.avoid()) {
            if (avoid.note().startsWith("optic white")) {
                continue; // deliberately close to the soft whites it is contrasted with
            }
            for (PaletteColor keep : p.matchable()) {
                assertThat(Ciede2000.deltaE(avoid.lab(), keep.lab())).as("%s vs %s", avoid.name(), keep.name()).isGreaterThanOrEqualTo(12.0);
            }
        }
    }

    @Test
    void metalsFollowTemperature() {
        for (Season season : Season.values()) {
            Metal best = PaletteRules.of(season).metals().getFirst();
            boolean warm = season.family() == Season.Family.SPRING || season.family() == Season.Family.AUTUMN;
            assertThat(best).as(season.displayName()).isEqualTo(warm ? Metal.GOLD : Metal.SILVER);
            assertThat(GENERATOR.forSeason(season).metals().getFirst().name()).isEqualTo(best.displayName());
        }
        assertThat(PaletteRules.of(Season.LIGHT_SPRING).metals()).contains(Metal.ROSE_GOLD);
    }

    @Test
    void palettesDifferTheWayTheirSeasonsDo() {
        assertThat(meanLightness(Season.LIGHT_SUMMER)).isGreaterThan(meanLightness(Season.TRUE_SUMMER) + 10);
        assertThat(meanLightness(Season.DEEP_WINTER)).isLessThan(meanLightness(Season.TRUE_WINTER) - 10);
        assertThat(meanChroma(Season.BRIGHT_WINTER)).isGreaterThan(meanChroma(Season.SOFT_SUMMER) + 25);
        assertThat(meanChroma(Season.BRIGHT_SPRING)).isGreaterThan(meanChroma(Season.SOFT_AUTUMN) + 25);
        // Warm palettes have more yellow (b*) relative to blue than cool ones of similar value and chroma.
        assertThat(meanB(Season.TRUE_AUTUMN)).isGreaterThan(meanB(Season.TRUE_WINTER) + 15);
        assertThat(meanB(Season.LIGHT_SPRING)).isGreaterThan(meanB(Season.LIGHT_SUMMER) + 10);
    }

    @Test
    void hueLeanRotatesTowardYellowForWarmAndTowardBlueForCool() {
        double blue = 270.0;
        assertThat(PaletteGenerator.lean(blue, 1.0)).isLessThan(blue);   // warm blue: toward turquoise
        assertThat(PaletteGenerator.lean(blue, -1.0)).isGreaterThan(blue); // cool blue: toward violet
        assertThat(PaletteGenerator.lean(0.0, 1.0)).isGreaterThan(0.0);   // warm red: toward orange
        assertThat(PaletteGenerator.lean(100.0, 1.0)).isCloseTo(100.0, within(1e-9)); // yellow, the warm pole, stays
        assertThat(PaletteGenerator.lean(140.0, 1.0)).isLessThan(140.0);  // warm green: toward yellow-green
        assertThat(PaletteGenerator.lean(20.0, -1.0)).isLessThan(20.0);   // cool red: toward blue-red
    }

    @Test
    void oppositeSeasonsAreAcrossTheTraitSpace() {
        assertThat(PaletteGenerator.opposite(Season.LIGHT_SPRING).family()).isEqualTo(Season.Family.WINTER);
        assertThat(PaletteGenerator.opposite(Season.SOFT_SUMMER)).isIn(Season.BRIGHT_SPRING, Season.TRUE_SPRING);
        assertThat(GENERATOR.forSeason(Season.SOFT_SUMMER).avoid().getFirst().note()).contains("Soft Summer");
    }

    @Test
    void wintersWearBlackAndOthersAreToldToAvoidIt() {
        assertThat(GENERATOR.forSeason(Season.TRUE_WINTER).neutrals()).anySatisfy(c -> assertThat(c.lab().l()).isLessThan(3));
        assertThat(GENERATOR.forSeason(Season.TRUE_WINTER).avoid()).noneSatisfy(c -> assertThat(c.hex()).isEqualTo("#000000"));
        assertThat(GENERATOR.forSeason(Season.LIGHT_SUMMER).avoid()).anySatisfy(c -> assertThat(c.hex()).isEqualTo("#000000"));
    }

    @Test
    void personalisedPaletteMovesTowardThePersonsColours() {
        Lab skin = Srgb.parseHex("#d19c6e").toLab();
        Lab hair = Srgb.parseHex("#7f3a1d").toLab();
        Lab eyes = Srgb.parseHex("#5e7a3c").toLab();
        SeasonTraits traits = SeasonTraits.of(skin, hair, eyes);
        SeasonAnalysis analysis = SeasonClassifier.standard().classify(traits);
        Palette generic = GENERATOR.forSeason(analysis.season());
        Palette personal = GENERATOR.personalised(analysis, traits);

        assertThat(personal.personalised()).isTrue();
        assertThat(personal.season()).isEqualTo(analysis.season());
        assertThat(personal.neutrals()).hasSize(6).anySatisfy(c -> assertThat(c.note()).isEqualTo("echoes your hair colour"));
        PaletteColor hairNeutral = personal.neutrals().stream().filter(c -> c.note().equals("echoes your hair colour")).findFirst().orElseThrow();
        assertThat(Ciede2000.deltaE(hairNeutral.lab(), hair)).isLessThan(1.0);
        assertThat(personal.accents()).anySatisfy(c -> assertThat(c.note()).isEqualTo("echoes your eye colour"));
        for (Lab own : List.of(skin, hair, eyes)) {
            assertThat(nearest(personal, own)).isLessThanOrEqualTo(nearest(generic, own));
        }
        assertThat(nearest(personal, hair) + nearest(personal, eyes)).isLessThan(nearest(generic, hair) + nearest(generic, eyes));
    }

    @Test
    void personalPaletteLightnessFollowsThePersonsValue() {
        // Two Light Springs, one lighter than the other: the lighter one's palette is lighter.
        SeasonTraits light = SeasonTraits.of(Srgb.parseHex("#f7e0cc").toLab(), Srgb.parseHex("#e0c490").toLab(), Srgb.parseHex("#9cbcd6").toLab());
        SeasonTraits medium = SeasonTraits.of(Srgb.parseHex("#efcfb1").toLab(), Srgb.parseHex("#c8a36a").toLab(), Srgb.parseHex("#95a9bb").toLab());
        SeasonAnalysis a = SeasonClassifier.standard().classify(light);
        SeasonAnalysis b = SeasonClassifier.standard().classify(medium);
        assertThat(a.season()).isEqualTo(b.season());
        double la = GENERATOR.personalised(a, light).wearable().stream().mapToDouble(c -> c.lab().l()).average().orElseThrow();
        double lb = GENERATOR.personalised(b, medium).wearable().stream().mapToDouble(c -> c.lab().l()).average().orElseThrow();
        assertThat(la).isGreaterThan(lb);
    }

    @Test
    void customDictionaryNamesTheColours() {
        ColorNameDictionary tiny = ColorNameDictionary.fromCsv(new java.io.StringReader("name,hex\nDark,#202020\nLight,#e0e0e0\n"));
        Palette p = PaletteGenerator.withNames(tiny).forSeason(Season.TRUE_WINTER);
        assertThat(p.wearable()).allSatisfy(c -> assertThat(c.name()).containsAnyOf("Dark", "Light"));
    }

    @Test
    void aPaletteNeedsSomethingToWear() {
        assertThatThrownBy(() -> new Palette(Season.TRUE_WINTER, false, List.of(), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidColorException.class).hasMessageContaining("at least one colour");
    }

    private static double nearest(Palette p, Lab colour) {
        return p.matchable().stream().mapToDouble(c -> Ciede2000.deltaE(c.lab(), colour)).min().orElseThrow();
    }

    private static double meanLightness(Season s) {
        return GENERATOR.forSeason(s).wearable().stream().mapToDouble(c -> c.lab().l()).average().orElseThrow();
    }

    private static double meanChroma(Season s) {
        return GENERATOR.forSeason(s).wearable().stream().mapToDouble(c -> c.lab().chroma()).average().orElseThrow();
    }

    private static double meanB(Season s) {
        return GENERATOR.forSeason(s).wearable().stream().mapToDouble(c -> c.lab().b()).average().orElseThrow();
    }
}
