package io.aifashion.color.skin;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Lch;
import io.aifashion.color.space.Srgb;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SkinToneTest {

    private static final String[] MONK_HEX = {"#f6ede4", "#f3e7db", "#f7ead0", "#eadaba", "#d7bd96",
            "#a07e56", "#825c43", "#604134", "#3a312a", "#292420"};

    @Test
    void shipsThePublishedMonkColours() {
        MonkScale monk = MonkScale.standard();
        assertThat(monk.tones()).hasSize(10);
        for (int tone = 1; tone <= 10; tone++) {
            assertThat(monk.reference(tone).toHex()).isEqualTo(MONK_HEX[tone - 1]);
        }
    }

    @Test
    void eachMonkReferenceDescribesAsItsOwnToneWithFullConfidence() {
        for (int tone = 1; tone <= 10; tone++) {
            Lab lab = Srgb.parseHex(MONK_HEX[tone - 1]).toLab();
            MonkTone result = MonkScale.standard().classify(lab);
            assertThat(result.tone()).isEqualTo(tone);
            assertThat(result.deltaE()).isZero();
            assertThat(result.confidence()).isEqualTo(1.0);
            assertThat(Math.abs(result.runnerUp() - tone)).as("runner-up of tone %d", tone).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void confidenceFallsTowardTheMidpointBetweenTwoTones() {
        Lab six = MonkScale.standard().tones().get(5).lab();
        Lab seven = MonkScale.standard().tones().get(6).lab();
        double previous = 1.0;
        for (double t = 0.1; t < 0.5; t += 0.1) {
            Lab between = new Lab(six.l() + t * (seven.l() - six.l()), six.a() + t * (seven.a() - six.a()), six.b() + t * (seven.b() - six.b()));
            MonkTone result = MonkScale.standard().classify(between);
            assertThat(result.tone()).isEqualTo(6);
            assertThat(result.confidence()).isLessThan(previous);
            previous = result.confidence();
        }
        assertThat(previous).isLessThan(0.25);
        Lab mid = new Lab((six.l() + seven.l()) / 2, (six.a() + seven.a()) / 2, (six.b() + seven.b()) / 2);
        assertThat(MonkScale.standard().classify(mid).confidence()).isLessThan(0.05);
    }

    @Test
    void itaFollowsTheDefinitionAndChardonDelBinoClasses() {
        Lab skin = new Lab(60, 12, 18);
        assertThat(Ita.of(skin).degrees()).isCloseTo(Math.toDegrees(Math.atan2(10, 18)), within(1e-12));
        assertThat(ItaCategory.of(56)).isEqualTo(ItaCategory.VERY_LIGHT);
        assertThat(ItaCategory.of(55)).isEqualTo(ItaCategory.LIGHT);
        assertThat(ItaCategory.of(41.01)).isEqualTo(ItaCategory.LIGHT);
        assertThat(ItaCategory.of(41)).isEqualTo(ItaCategory.INTERMEDIATE);
        assertThat(ItaCategory.of(28)).isEqualTo(ItaCategory.TAN);
        assertThat(ItaCategory.of(10)).isEqualTo(ItaCategory.BROWN);
        assertThat(ItaCategory.of(-29.9)).isEqualTo(ItaCategory.BROWN);
        assertThat(ItaCategory.of(-30)).isEqualTo(ItaCategory.DARK);
        assertThat(ItaCategory.of(-75)).isEqualTo(ItaCategory.DARK);
        assertThat(ItaCategory.INTERMEDIATE.fitzpatrickEstimate()).isEqualTo(FitzpatrickType.III);
        assertThat(new Ita(-60).fitzpatrickEstimate()).isEqualTo(FitzpatrickType.VI);
    }

    @Test
    void itaDecreasesDownTheMonkScale() {
        double previous = Double.POSITIVE_INFINITY;
        for (int tone = 3; tone <= 10; tone++) { // tones 1–3 differ in yellowness more than lightness
            double ita = Ita.of(MonkScale.standard().reference(tone).toLab()).degrees();
            assertThat(ita).isLessThan(previous);
            previous = ita;
        }
    }

    @Test
    void undertoneFollowsHueAngleWithDocumentedThresholds() {
        assertThat(Undertone.of(Lch.of(65, 22, 45).toLab()).type()).isEqualTo(UndertoneType.COOL);
        assertThat(Undertone.of(Lch.of(65, 22, 56).toLab()).type()).isEqualTo(UndertoneType.NEUTRAL);
        assertThat(Undertone.of(Lch.of(65, 30, 66).toLab()).type()).isEqualTo(UndertoneType.WARM);
        assertThat(Undertone.of(Lch.of(60, 16, 80).toLab()).type()).isEqualTo(UndertoneType.OLIVE);
        // Same hue but vivid: golden, not olive.
        assertThat(Undertone.of(Lch.of(60, 32, 80).toLab()).type()).isEqualTo(UndertoneType.WARM);
        // Nearly grey: the hue is noise, so neutral whatever it is.
        assertThat(Undertone.of(Lch.of(60, 3, 20).toLab()).type()).isEqualTo(UndertoneType.NEUTRAL);
        // Thresholds: 52° and 60° at full reliability.
        assertThat(Undertone.of(Lch.of(65, 22, 51.5).toLab()).type()).isEqualTo(UndertoneType.COOL);
        assertThat(Undertone.of(Lch.of(65, 22, 52.5).toLab()).type()).isEqualTo(UndertoneType.NEUTRAL);
        assertThat(Undertone.of(Lch.of(65, 22, 60.5).toLab()).type()).isEqualTo(UndertoneType.WARM);
    }

    @Test
    void undertoneScoresAreContinuousAndConfidenceGrowsAwayFromThresholds() {
        Undertone justWarm = Undertone.of(Lch.of(65, 25, 61).toLab());
        Undertone clearlyWarm = Undertone.of(Lch.of(65, 25, 68).toLab());
        assertThat(justWarm.warmth()).isLessThan(clearlyWarm.warmth());
        assertThat(justWarm.confidence()).isLessThan(0.2);
        assertThat(clearlyWarm.confidence()).isCloseTo(1.0, within(1e-9));
        Undertone cool = Undertone.of(Lch.of(65, 25, 40).toLab());
        assertThat(cool.warmth()).isEqualTo(-1.0);
        assertThat(cool.hue()).isCloseTo(40, within(1e-9));
    }

    @Test
    void assessmentCombinesAllMeasures() {
        SkinToneAssessment a = SkinToneAssessment.of(Srgb.parseHex("#a07e56").toLab());
        assertThat(a.monk().tone()).isEqualTo(6);
        assertThat(a.itaCategory()).isEqualTo(ItaCategory.TAN);
        assertThat(a.fitzpatrick()).isEqualTo(FitzpatrickType.IV);
        assertThat(a.undertone().type()).isEqualTo(UndertoneType.WARM);
        assertThat(a.hex()).isEqualTo("#a07e56");
    }

    @Test
    void customScalesClassifyByCiede2000AndReportTheirOwnLabels() {
        ToneScale shades = ToneScale.fromHex("foundation", List.of("#f1d3b9", "#d9a882", "#9c6b48", "#5a3a26"));
        Lab sample = Srgb.parseHex("#d5a47f").toLab();
        ToneMatch match = shades.classify(sample);
        assertThat(match.tone().index()).isEqualTo(2);
        assertThat(match.deltaE()).isCloseTo(Ciede2000.deltaE(sample, shades.tone(2).lab()), within(1e-12));
        assertThat(match.runnerUpDeltaE()).isGreaterThan(match.deltaE());

        ToneScale csv = ToneScale.fromCsv("csv", new StringReader("# comment\nlabel,tone,hex\nA,1,#ffffff\nB,2,#000000\n"));
        assertThat(csv.classify(new Lab(10, 0, 0)).tone().label()).isEqualTo("B");

        assertThat(ToneScale.fitzpatrick().tones()).extracting(Tone::label).containsExactly("I", "II", "III", "IV", "V", "VI");
    }

    @Test
    void badScalesAreRejectedClearly() {
        assertThatThrownBy(() -> ToneScale.fromHex("empty", List.of())).isInstanceOf(InvalidColorException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> ToneScale.fromHex("bad", List.of("#ffffff", "#12zz56")))
                .isInstanceOf(InvalidColorException.class).hasMessageContaining("tone 2")
                .satisfies(e -> assertThat(((InvalidColorException) e).field()).isEqualTo("tones[1]"));
        assertThatThrownBy(() -> ToneScale.fromCsv("x", new StringReader("a,b\n1,2\n"))).isInstanceOf(InvalidColorException.class).hasMessageContaining("'tone' and 'hex'");
        assertThatThrownBy(() -> MonkScale.standard().reference(11)).isInstanceOf(InvalidColorException.class);
    }
}
