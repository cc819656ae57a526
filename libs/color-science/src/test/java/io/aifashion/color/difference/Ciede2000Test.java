package io.aifashion.color.difference;

import io.aifashion.color.InvalidColorException;
import io.aifashion.color.space.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class Ciede2000Test {

    @ParameterizedTest(name = "Sharma pair {index}: ΔE00 = {6}")
    @CsvFileSource(resources = "ciede2000_sharma.csv", numLinesToSkip = 1)
    void sharmaTestPairsToFourDecimalsInBothOrders(double l1, double a1, double b1, double l2, double a2, double b2, double expected) {
        Lab x = new Lab(l1, a1, b1);
        Lab y = new Lab(l2, a2, b2);
        assertThat(Ciede2000.deltaE(x, y)).isCloseTo(expected, within(1e-4));
        assertThat(Ciede2000.deltaE(y, x)).isCloseTo(expected, within(1e-4));
        assertThat(Ciede2000.STANDARD.between(x, y)).isEqualTo(Ciede2000.deltaE(x, y));
    }

    @Test
    void theResourceHoldsAll34PublishedPairs() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("ciede2000_sharma.csv")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().split("\\R");
            assertThat(lines[0]).startsWith("L1,");
            assertThat(lines).hasSize(35);
        }
    }

    @Test
    void agreesWithLiteralTranscriptionOfSharmaOnRandomPairs() {
        SplittableRandom random = new SplittableRandom(2005);
        for (int i = 0; i < 200_000; i++) {
            double[] p = randomPair(random);
            double expected = SharmaReference.deltaE(p[0], p[1], p[2], p[3], p[4], p[5]);
            double actual = Ciede2000.deltaE(p[0], p[1], p[2], p[3], p[4], p[5]);
            assertThat(actual).as("pair %s", java.util.Arrays.toString(p)).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
        }
    }

    @Test
    void agreesWithReferenceForNeutralsOppositeHuesAndTheBlueRegion() {
        double[][] pairs = {
                {50, 0, 0, 50, 0, 0},          // both neutral
                {50, 0, 0, 60, 10, -10},       // one neutral
                {40, -20, 0, 40, 0, 0},        // one neutral, other at 180°
                {50, 20, 0, 50, -20, 0},       // exactly opposite hues (0° vs 180°)
                {50, 0, 20, 50, 0, -20},       // exactly opposite (90° vs 270°)
                {50, 0, -20, 50, 0, 20},       // same, swapped
                {50, 10, 10, 50, -10, -10},    // 45° vs 225°
                {50, 1e-9, -30, 50, -1e-9, 30},// opposite to within 1e-11 rad
                {30, 5, -50, 32, 6, -55},      // blue region, h̄' ≈ 275°
                {60, 0.001, -40, 60, -0.001, -40.5},
                {10, 60, 0.0, 12, 60, -0.0},   // near 0°/360°
                {70, 30, -0.5, 70, 30, 0.5},   // straddling 0°
        };
        for (double[] p : pairs) {
            double expected = SharmaReference.deltaE(p[0], p[1], p[2], p[3], p[4], p[5]);
            assertThat(Ciede2000.deltaE(p[0], p[1], p[2], p[3], p[4], p[5])).as(java.util.Arrays.toString(p))
                    .isCloseTo(expected, within(1e-10));
        }
    }

    @Test
    void tabulatedRotationTermMatchesTheExactExpression() {
        double worst = 0;
        for (int i = 0; i <= 1_000_000; i++) {
            double x = Math.cos(Math.toRadians(160)) + i * (1 - Math.cos(Math.toRadians(160))) / 1_000_000;
            worst = Math.max(worst, Math.abs(Ciede2000.sinTwoDeltaTheta(x) - Ciede2000.sinTwoDeltaThetaExact(x)));
        }
        assertThat(worst).isLessThan(3e-15); // the exact expression itself carries ~1e-15 rounding noise
        // At h̄' = 275° the rotation is largest: 2Δθ = 60°.
        assertThat(Ciede2000.sinTwoDeltaTheta(1.0)).isCloseTo(Math.sin(Math.toRadians(60)), within(3e-15));
    }

    @Test
    void distanceFromAColourToItselfIsZero() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            double l = random.nextDouble(0, 100);
            double a = random.nextDouble(-128, 128);
            double b = random.nextDouble(-128, 128);
            assertThat(Ciede2000.deltaE(l, a, b, l, a, b)).isZero();
        }
    }

    @Test
    void exactlySymmetricInItsArguments() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double[] p = randomPair(random);
            assertThat(Ciede2000.deltaE(p[3], p[4], p[5], p[0], p[1], p[2])).isEqualTo(Ciede2000.deltaE(p[0], p[1], p[2], p[3], p[4], p[5]));
        }
    }

    @Test
    void lightnessWeightingDividesTheLightnessTerm() {
        Lab x = new Lab(40, 0, 0);
        Lab y = new Lab(50, 0, 0);
        double standard = Ciede2000.deltaE(x, y);
        assertThat(new Ciede2000(2, 1, 1).between(x, y)).isCloseTo(standard / 2, within(1e-12));
    }

    @Test
    void rejectsNonPositiveParametricFactors() {
        assertThatThrownBy(() -> new Ciede2000(0, 1, 1)).isInstanceOf(InvalidColorException.class).hasMessageContaining("kL=0");
    }

    @Test
    void cie76IsEuclideanAndCie94UsesTheReferenceChroma() {
        Lab x = new Lab(50, 3, 4);
        Lab y = new Lab(50, 0, 0);
        assertThat(Cie76.deltaE(x, y)).isEqualTo(5.0);
        // Pure chroma difference of 5 with C1 = 5: S_C = 1 + 0.045·5 = 1.225.
        assertThat(Cie94.deltaE(x, y)).isCloseTo(5 / 1.225, within(1e-12));
        // Reversed, C1 = 0: S_C = 1, so ΔE94 equals ΔE76 — the formula is deliberately asymmetric.
        assertThat(Cie94.deltaE(y, x)).isCloseTo(5.0, within(1e-12));
        // Lightness only, textiles: kL = 2 halves it.
        assertThat(Cie94.TEXTILES.between(new Lab(40, 0, 0), new Lab(50, 0, 0))).isCloseTo(5.0, within(1e-12));
    }

    private static double[] randomPair(SplittableRandom random) {
        double[] p = new double[6];
        for (int k = 0; k < 2; k++) {
            p[3 * k] = random.nextDouble(0, 100);
            // Mix wide, narrow and near-neutral chroma so every branch is exercised.
            double scale = switch (random.nextInt(3)) {
                case 0 -> 128;
                case 1 -> 10;
                default -> 0.5;
            };
            p[3 * k + 1] = random.nextDouble(-scale, scale);
            p[3 * k + 2] = random.nextDouble(-scale, scale);
        }
        if (random.nextInt(4) == 0) { // close pairs, the regime that matters for matching
            for (int j = 0; j < 3; j++) {
                p[3 + j] = Math.max(j == 0 ? 0 : -128, Math.min(j == 0 ? 100 : 128, p[j] + random.nextDouble(-3, 3)));
            }
        }
        return p;
    }
}
