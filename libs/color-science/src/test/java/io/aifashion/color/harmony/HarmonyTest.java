package io.aifashion.color.harmony;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;
import io.aifashion.color.space.Srgb;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HarmonyTest {

    private static final Lab TEAL = Lch.of(50, 30, 200).toLab();

    @Test
    void schemesRotateHueAndKeepLightness() {
        assertHues(ColorHarmony.of(TEAL, HarmonyScheme.COMPLEMENTARY), 200, 20);
        assertHues(ColorHarmony.of(TEAL, HarmonyScheme.ANALOGOUS), 200, 170, 230);
        assertHues(ColorHarmony.of(TEAL, HarmonyScheme.TRIADIC), 200, 320, 80);
        assertHues(ColorHarmony.of(TEAL, HarmonyScheme.SPLIT_COMPLEMENTARY), 200, 350, 50);
        for (Lab c : ColorHarmony.of(TEAL, HarmonyScheme.TRIADIC)) {
            assertThat(c.l()).isCloseTo(50, within(1e-9));
            assertThat(c.isInSrgbGamut()).isTrue();
        }
    }

    @Test
    void partnersOutsideTheGamutLoseChromaNotHue() {
        Lab vividBlue = Srgb.parseHex("#0000ff").toLab();
        Lab complement = ColorHarmony.of(vividBlue, HarmonyScheme.COMPLEMENTARY).get(1);
        assertThat(complement.isInSrgbGamut()).isTrue();
        assertThat(complement.chroma()).isLessThan(vividBlue.chroma());
        assertThat(Lch.hueDifference(vividBlue.hue(), complement.hue())).isCloseTo(180, within(1e-6));
    }

    @Test
    void neutralsAlwaysWork() {
        OutfitScore s = OutfitScorer.score(hex("#000000", "#ffffff", "#808080"));
        assertThat(s.template()).isEqualTo("neutral");
        assertThat(s.hueHarmony()).isEqualTo(1.0);
        assertThat(s.score()).isGreaterThanOrEqualTo(95);
    }

    @Test
    void harmoniousSetsBeatClashingOnes() {
        OutfitScore complementary = OutfitScorer.score(List.of(Lch.of(40, 35, 270).toLab(), Lch.of(70, 35, 90).toLab()));
        OutfitScore analogous = OutfitScorer.score(List.of(Lch.of(40, 35, 30).toLab(), Lch.of(60, 30, 55).toLab(), Lch.of(80, 20, 75).toLab()));
        OutfitScore clash = OutfitScorer.score(List.of(Lch.of(50, 60, 0).toLab(), Lch.of(52, 60, 70).toLab(), Lch.of(54, 60, 155).toLab()));
        assertThat(complementary.template()).isIn("complementary", "split-complementary", "double-complementary");
        assertThat(complementary.score()).isGreaterThan(85);
        assertThat(analogous.template()).isIn("analogous", "monochromatic");
        assertThat(analogous.score()).isGreaterThan(85);
        assertThat(clash.score()).isLessThan(complementary.score() - 25);
        assertThat(clash.explanation()).contains("several vivid colours compete").contains("little light–dark contrast");
        assertThat(clash.chromaBalance()).isEqualTo(0.5);
    }

    @Test
    void oneColourWithNeutralsIsSafeButFlatLightnessCostsALittle() {
        OutfitScore navyRed = OutfitScorer.score(hex("#1f2a44", "#cc1f2d", "#f5f1e6"));
        assertThat(navyRed.template()).isEqualTo("one colour with neutrals");
        assertThat(navyRed.score()).isGreaterThan(95);
        OutfitScore flat = OutfitScorer.score(List.of(Lch.of(50, 5, 0).toLab(), Lch.of(51, 40, 30).toLab()));
        assertThat(flat.lightnessContrast()).isEqualTo(0.4);
        assertThat(flat.score()).isLessThan(navyRed.score());
    }

    @Test
    void outfitsNeedTwoToFiveColours() {
        assertThatThrownBy(() -> OutfitScorer.score(hex("#000000"))).isInstanceOf(InvalidColorException.class).hasMessageContaining("2 to 5");
        assertThatThrownBy(() -> OutfitScorer.score(hex("#000000", "#111111", "#222222", "#333333", "#444444", "#555555")))
                .isInstanceOf(InvalidColorException.class).hasMessageContaining("got 6");
    }

    private static void assertHues(List<Lab> colours, double... hues) {
        assertThat(colours).hasSize(hues.length);
        for (int i = 0; i < hues.length; i++) {
            assertThat(Math.abs(Lch.hueDifference(hues[i], colours.get(i).hue()))).as("colour %d", i).isLessThan(1e-6);
        }
    }

    private static List<Lab> hex(String... hex) {
        return java.util.Arrays.stream(hex).map(h -> Srgb.parseHex(h).toLab()).toList();
    }
}
