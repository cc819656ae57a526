package io.aifashion.color.match;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.palette.PaletteRole;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.LabConverter;
import io.aifashion.color.space.Srgb;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PaletteMatcherTest {

    private static final Palette AUTUMN = PaletteGenerator.standard().forSeason(Season.TRUE_AUTUMN);
    private static final PaletteMatcher MATCHER = PaletteMatcher.of(AUTUMN);

    @Test
    void findsExactlyTheNearestColourAsAFullScanWould() {
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 20_000; i++) {
            Lab colour = Srgb.fromPacked(random.nextInt(1 << 24)).toLab();
            MatchScore score = MATCHER.match(colour);
            double best = Double.POSITIVE_INFINITY;
            PaletteColor expected = null;
            for (PaletteColor c : AUTUMN.matchable()) {
                double d = Ciede2000.deltaE(colour, c.lab());
                if (d < best) {
                    best = d;
                    expected = c;
                }
            }
            assertThat(score.deltaE()).isCloseTo(best, within(1e-9));
            assertThat(score.nearest()).isEqualTo(expected);
        }
    }

    @Test
    void lowerBoundIsConservative() {
        // The tables assume the primed chroma (1 + G)·C̄ and R_C grow with C̄ and G falls.
        double previousPrimed = 0;
        double previousG = 0.5;
        for (double c = 0; c <= 300; c += 0.25) {
            double primed = (1 + PaletteMatcher.g(c)) * c;
            assertThat(primed).isGreaterThanOrEqualTo(previousPrimed);
            assertThat(PaletteMatcher.g(c)).isLessThanOrEqualTo(previousG);
            previousPrimed = primed;
            previousG = PaletteMatcher.g(c);
        }
        // And the bound never exceeds the true distance: random pairs, near pairs, and pairs in the
        // no-rotation sector, where the tighter κ = 1 applies.
        SplittableRandom random = new SplittableRandom(5);
        int tightened = 0;
        for (int i = 0; i < 300_000; i++) {
            double l1 = random.nextDouble(0, 100);
            double a1 = random.nextDouble(-100, 100);
            double b1 = random.nextDouble(-100, 100);
            double spread = i % 3 == 0 ? 200 : 10;
            double l2 = Math.max(0, Math.min(100, l1 + random.nextDouble(-spread, spread) / 2));
            double a2 = Math.max(-100, Math.min(100, a1 + random.nextDouble(-spread, spread)));
            double b2 = Math.max(-100, Math.min(100, b1 + random.nextDouble(-spread, spread)));
            if (i % 2 == 0) { // fold both into the no-rotation sector
                b1 = Math.abs(b1);
                b2 = Math.abs(b2);
                a1 = Math.max(a1, -0.3 * b1);
                a2 = Math.max(a2, -0.3 * b2);
            }
            double c1 = Math.hypot(a1, b1);
            double c2 = Math.hypot(a2, b2);
            boolean w1 = PaletteMatcher.noRotationSector(a1, b1);
            boolean w2 = PaletteMatcher.noRotationSector(a2, b2);
            tightened += w1 && w2 ? 1 : 0;
            double bound = PaletteMatcher.lowerBound2(l1, a1, b1, c1, w1, l2, a2, b2, c2, w2);
            double exact = Ciede2000.deltaESquared(l1, a1, b1, c1, l2, a2, b2, c2);
            assertThat(bound).as("%f,%f,%f vs %f,%f,%f", l1, a1, b1, l2, a2, b2).isLessThanOrEqualTo(exact * (1 + 1e-12) + 1e-12);
        }
        assertThat(tightened).isGreaterThan(100_000);
    }

    @Test
    void aPaletteColourScoresFullMarksAndScoresFallWithDistance() {
        PaletteColor camel = AUTUMN.neutrals().get(1);
        MatchScore exact = MATCHER.match(camel.lab());
        assertThat(exact.score()).isCloseTo(100.0, within(1e-9));
        assertThat(exact.deltaE()).isZero();
        assertThat(exact.nearest()).isEqualTo(camel);
        assertThat(exact.explanation()).startsWith("Matches " + camel.name());
        assertThat(PaletteMatcher.score(6, Double.POSITIVE_INFINITY)).isCloseTo(88.25, within(0.01));
        assertThat(PaletteMatcher.score(12, Double.POSITIVE_INFINITY)).isCloseTo(60.65, within(0.01));
        assertThat(PaletteMatcher.score(24, Double.POSITIVE_INFINITY)).isCloseTo(13.53, within(0.01));
    }

    @Test
    void colourNearAnAvoidColourIsPenalised() {
        PaletteColor avoid = AUTUMN.avoid().getFirst();
        MatchScore onAvoid = MATCHER.match(avoid.lab());
        assertThat(onAvoid.penalised()).isTrue();
        assertThat(onAvoid.nearestAvoid()).contains(avoid);
        assertThat(onAvoid.avoidDeltaE()).isZero();
        double unpenalised = PaletteMatcher.score(onAvoid.deltaE(), Double.POSITIVE_INFINITY);
        assertThat(onAvoid.score()).isCloseTo(unpenalised * 0.2, within(1e-9));
        assertThat(onAvoid.explanation()).contains("a colour to avoid");
        // Near a palette colour, the avoid list does not matter.
        assertThat(MATCHER.match(AUTUMN.wearable().getFirst().lab()).penalised()).isFalse();
    }

    @Test
    void batchScoringEqualsOneByOne() {
        SplittableRandom random = new SplittableRandom(3);
        double[] labs = new double[3 * 500];
        for (int i = 0; i < 500; i++) {
            LabConverter.toLab(random.nextInt(1 << 24), labs, 3 * i);
        }
        double[] scores = new double[500];
        int[] nearest = new int[500];
        MATCHER.score(labs, scores, nearest);
        List<PaletteColor> matchable = AUTUMN.matchable();
        for (int i = 0; i < 500; i++) {
            MatchScore single = MATCHER.match(new Lab(labs[3 * i], labs[3 * i + 1], labs[3 * i + 2]));
            assertThat(scores[i]).isCloseTo(single.score(), within(1e-9));
            assertThat(matchable.get(nearest[i])).isEqualTo(single.nearest());
        }
    }

    @Test
    void aPaletteWithoutAvoidColoursNeverPenalises() {
        List<PaletteColor> wearable = new ArrayList<>(AUTUMN.wearable());
        Palette noAvoid = new Palette(Season.TRUE_AUTUMN, false, wearable, List.of(), List.of(), List.of(), List.of());
        MatchScore s = PaletteMatcher.of(noAvoid).match(Srgb.parseHex("#0000ff").toLab());
        assertThat(s.penalised()).isFalse();
        assertThat(s.nearestAvoid()).isEmpty();
        assertThat(s.avoidDeltaE()).isInfinite();
    }

    @Test
    void aPaletteWithOnlyAvoidColoursCannotBeMatched() {
        PaletteColor black = new PaletteColor("Black", Srgb.of(0, 0, 0), new Lab(0, 0, 0), PaletteRole.AVOID, "x");
        assertThatThrownBy(() -> PaletteMatcher.of(new Palette(Season.TRUE_AUTUMN, false, List.of(), List.of(), List.of(), List.of(), List.of(black))))
                .isInstanceOf(InvalidColorException.class);
    }
}
