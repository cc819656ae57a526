package io.aifashion.color.season;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;
import io.aifashion.color.space.Srgb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SeasonClassifierTest {

    private static final SeasonClassifier CLASSIFIER = SeasonClassifier.standard();

    @ParameterizedTest(name = "{0}: {5} -> {4} or a neighbour")
    @CsvFileSource(resources = "season-examples.csv", numLinesToSkip = 1)
    void literatureExamplesLandInTheirSeasonOrANeighbour(String id, String skin, String hair, String eyes, String season, String description) {
        Season expected = Season.fromName(season);
        SeasonAnalysis analysis = CLASSIFIER.classify(traits(skin, hair, eyes));
        assertThat(expected.isSameOrNeighbour(analysis.season()))
                .as("%s (%s) classified as %s; %s", id, description, analysis.season().displayName(), analysis.explanation())
                .isTrue();
    }

    @Test
    void theExampleTableHasAtLeast24RowsCoveringAllTwelveSeasons() throws IOException {
        List<String[]> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(24);
        assertThat(rows.stream().map(r -> Season.fromName(r[4])).distinct()).hasSize(12);
    }

    @Test
    void hairAndEyesImproveOnSkinAlone() throws IOException {
        int exactFull = 0;
        int exactSkin = 0;
        int nearFull = 0;
        int nearSkin = 0;
        for (String[] r : rows()) {
            Season expected = Season.fromName(r[4]);
            Season full = CLASSIFIER.classify(traits(r[1], r[2], r[3])).season();
            Season skinOnly = CLASSIFIER.classify(SeasonTraits.ofSkin(Srgb.parseHex(r[1]).toLab())).season();
            exactFull += full == expected ? 1 : 0;
            exactSkin += skinOnly == expected ? 1 : 0;
            nearFull += expected.isSameOrNeighbour(full) ? 1 : 0;
            nearSkin += expected.isSameOrNeighbour(skinOnly) ? 1 : 0;
        }
        assertThat(exactFull).isGreaterThan(exactSkin);
        assertThat(nearFull).isGreaterThan(nearSkin);
        // Most examples land exactly in their documented season, not just next to it.
        assertThat(exactFull).isGreaterThanOrEqualTo(rows().size() * 3 / 4);
    }

    @Test
    void worksFromSkinAloneAndSaysSo() {
        SeasonAnalysis analysis = CLASSIFIER.classify(SeasonTraits.ofSkin(Srgb.parseHex("#a07e56").toLab()));
        assertThat(analysis.traits().contrast()).isEmpty();
        assertThat(analysis.explanation()).contains("Only the skin colour was given");
        assertThat(analysis.season().family()).isIn(Season.Family.AUTUMN, Season.Family.SPRING);
    }

    @Test
    void scoresCoverAllSeasonsSumToOneAndConfidenceIsTheLeadOverTheRunnerUp() {
        SeasonAnalysis a = CLASSIFIER.classify(traits("#f5d9c0", "#d9b77e", "#8fb3d0"));
        assertThat(a.scores()).hasSize(12);
        assertThat(a.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        double p1 = a.score(a.season());
        double p2 = a.score(a.runnerUp());
        assertThat(a.scores().values()).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(p1));
        assertThat(a.scores().entrySet().stream().filter(e -> e.getKey() != a.season()).mapToDouble(e -> e.getValue()).max().orElseThrow()).isEqualTo(p2);
        assertThat(a.confidence()).isCloseTo((p1 - p2) / (p1 + p2), within(1e-12));
        assertThatThrownBy(() -> a.scores().put(Season.TRUE_WINTER, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void explanationNamesTheDecidingTraitsAndTheRunnerUp() {
        SeasonAnalysis a = CLASSIFIER.classify(traits("#8d5a36", "#2b1a10", "#3b2416"));
        assertThat(a.season()).isEqualTo(Season.DEEP_AUTUMN);
        assertThat(a.explanation()).startsWith("Deep Autumn: your colouring reads deep and ")
                .contains("warm").contains("Runner-up: " + a.runnerUp().displayName()).contains("skin L* 43");
    }

    @Test
    void measuredTraitsMoveTheRightWay() {
        Lab skin = Srgb.parseHex("#dcb0a2").toLab(); // rosy beige, hue about 44°
        TraitProfile base = CLASSIFIER.measure(SeasonTraits.ofSkin(skin));
        TraitProfile lighter = CLASSIFIER.measure(SeasonTraits.ofSkin(new Lab(skin.l() + 10, skin.a(), skin.b())));
        TraitProfile warmer = CLASSIFIER.measure(SeasonTraits.ofSkin(skin.toLch().rotate(8).toLab()));
        assertThat(lighter.value()).isGreaterThan(base.value());
        assertThat(warmer.temperature()).isGreaterThan(base.temperature());

        TraitProfile blackHair = CLASSIFIER.measure(SeasonTraits.ofSkin(skin).withHair(Srgb.parseHex("#141414").toLab()));
        TraitProfile blondeHair = CLASSIFIER.measure(SeasonTraits.ofSkin(skin).withHair(Srgb.parseHex("#d9b77e").toLab()));
        assertThat(blackHair.contrast().getAsDouble()).isGreaterThan(blondeHair.contrast().getAsDouble());
        assertThat(blackHair.value()).isLessThan(blondeHair.value());
        assertThat(blondeHair.temperature()).isGreaterThan(blackHair.temperature());

        TraitProfile vividEyes = CLASSIFIER.measure(SeasonTraits.ofSkin(skin).withEyes(Srgb.parseHex("#2f86c6").toLab()));
        TraitProfile greyEyes = CLASSIFIER.measure(SeasonTraits.ofSkin(skin).withEyes(Srgb.parseHex("#858b8f").toLab()));
        assertThat(vividEyes.chroma()).isGreaterThan(greyEyes.chroma());
        assertThat(vividEyes.temperature()).isLessThan(CLASSIFIER.measure(SeasonTraits.ofSkin(skin).withEyes(Lch.of(50, 30, 85).toLab())).temperature());
    }

    @Test
    void seasonsHaveDisplayNamesNeighboursAndAliases() {
        assertThat(Season.DEEP_AUTUMN.displayName()).isEqualTo("Deep Autumn");
        assertThat(Season.values()).hasSize(12);
        assertThat(Season.LIGHT_SPRING.neighbours()).containsExactly(Season.LIGHT_SUMMER, Season.TRUE_SPRING);
        assertThat(Season.BRIGHT_WINTER.neighbours()).containsExactly(Season.BRIGHT_SPRING, Season.TRUE_WINTER);
        for (Season s : Season.values()) {
            // Neighbours share a characteristic.
            for (Season n : s.neighbours()) {
                assertThat(List.of(n.primary(), n.secondary(), n.family()))
                        .as("%s and %s", s, n)
                        .containsAnyOf(s.primary(), s.secondary(), s.family());
            }
            assertThat(Season.fromName(s.displayName())).isEqualTo(s);
            assertThat(Season.fromName(s.name())).isEqualTo(s);
        }
        assertThat(Season.fromName("dark autumn")).isEqualTo(Season.DEEP_AUTUMN);
        assertThat(Season.fromName("Clear-Winter")).isEqualTo(Season.BRIGHT_WINTER);
        assertThatThrownBy(() -> Season.fromName("Late Spring")).isInstanceOf(InvalidColorException.class).hasMessageContaining("Late Spring");
    }

    private static SeasonTraits traits(String skin, String hair, String eyes) {
        return SeasonTraits.of(Srgb.parseHex(skin).toLab(), Srgb.parseHex(hair).toLab(), Srgb.parseHex(eyes).toLab());
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = SeasonClassifierTest.class.getResourceAsStream("season-examples.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\R");
            return java.util.Arrays.stream(lines).skip(1).map(l -> l.split(",", 6)).toList();
        }
    }
}
