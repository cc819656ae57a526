package io.aifashion.color;

import io.aifashion.color.harmony.HarmonyScheme;
import io.aifashion.color.season.Season;
import io.aifashion.color.season.SeasonAnalysis;
import io.aifashion.color.season.SeasonTraits;
import io.aifashion.color.skin.SkinToneAssessment;
import io.aifashion.color.skin.UndertoneType;
import io.aifashion.color.space.Lab;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColorScienceTest {

    @Test
    void facadeCoversTheEndToEndFlow() {
        SkinToneAssessment skin = ColorScience.describeSkin("#825c43");
        assertThat(skin.monk().tone()).isEqualTo(7);
        assertThat(skin.undertone().type()).isIn(UndertoneType.values());

        SeasonTraits traits = SeasonTraits.of(ColorScience.lab("#825c43"), ColorScience.lab("#1f150f"), ColorScience.lab("#2e1c12"));
        SeasonAnalysis analysis = ColorScience.season(traits);
        assertThat(analysis.season().family()).isIn(Season.Family.AUTUMN, Season.Family.WINTER);
        var palette = ColorScience.personalPalette(analysis, traits);
        var score = ColorScience.matcher(palette).match(palette.wearable().get(3).lab());
        assertThat(score.score()).isEqualTo(100.0);
        assertThat(ColorScience.harmony(ColorScience.lab("#336699"), HarmonyScheme.TRIADIC)).hasSize(3);
        assertThat(ColorScience.outfit(java.util.List.of(ColorScience.lab("#000000"), ColorScience.lab("#ffffff"))).score()).isGreaterThan(90);
        assertThat(ColorScience.colourNamed("mustard")).isPresent();
        assertThat(ColorScience.nameOf(ColorScience.lab("#000000")).name()).isEqualTo("Black");
        assertThat(ColorScience.deltaE(new Lab(50, 0, 0), new Lab(50, 0, 0))).isZero();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> ColorScience.lab("#12"))
                .isInstanceOfSatisfying(InvalidColorException.class, e -> {
                    assertThat(e.field()).isEqualTo("hex");
                    assertThat(e.rejectedValue()).isEqualTo("#12");
                });
    }
}
