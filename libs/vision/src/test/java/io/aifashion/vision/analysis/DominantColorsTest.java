package io.aifashion.vision.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DominantColorsTest {

    @Test
    void findsThreeClustersWithTheirSharesDeterministically() {
        Random r = new Random(3);
        int n = 6000;
        double[] lab = new double[3 * n];
        double[][] centres = {{70, 12, 20}, {55, 15, 24}, {40, 14, 18}};
        int[] counts = {3000, 2000, 1000};
        int k = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < counts[c]; i++, k++) {
                for (int j = 0; j < 3; j++) {
                    lab[3 * k + j] = centres[c][j] + r.nextGaussian();
                }
            }
        }
        List<DominantColor> d = DominantColors.of(lab, n, 3);
        assertThat(d).hasSize(3);
        assertThat(d.get(0).share()).isCloseTo(0.5, within(0.02));
        assertThat(d.get(0).lab().l()).isCloseTo(70, within(0.5));
        assertThat(d.get(1).lab().l()).isCloseTo(55, within(0.5));
        assertThat(d.get(2).share()).isCloseTo(1.0 / 6, within(0.02));
        assertThat(DominantColors.of(lab, n, 3)).isEqualTo(d);
    }

    @Test
    void trimmedMeanIgnoresTheTails() {
        double[] v = {10, 11, 9, 10, 10, 11, 9, 10, 1000, -1000};
        assertThat(RobustStatistics.trimmedMean(v, v.length, 0.1)).isCloseTo(10, within(0.01));
        assertThat(RobustStatistics.median(v, v.length)).isEqualTo(10);
    }
}
