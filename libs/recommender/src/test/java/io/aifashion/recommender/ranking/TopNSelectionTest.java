package io.aifashion.recommender.ranking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.BitSet;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TopNSelectionTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 20, 333, 1000, 1500})
    void equalsAFullSortWithTiesExclusionsAndNaNs(int n) {
        SplittableRandom r = new SplittableRandom(n + 1);
        float[] scores = new float[1000];
        BitSet excluded = new BitSet();
        for (int i = 0; i < scores.length; i++) {
            scores[i] = r.nextInt(50); // many ties
            if (r.nextInt(10) == 0) {
                excluded.set(i);
            }
            if (r.nextInt(100) == 0) {
                scores[i] = Float.NaN;
            }
        }
        int[] expected = IntStream.range(0, scores.length)
                .filter(i -> !excluded.get(i) && !Float.isNaN(scores[i])).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(n).mapToInt(Integer::intValue).toArray();
        assertThat(TopNSelection.select(scores, n, ItemFilter.of(excluded))).containsExactly(expected);
    }

    @Test
    void filtersCompose() {
        float[] s = {5, 4, 3, 2, 1};
        ItemFilter f = ((ItemFilter) i -> i == 0).or(i -> i == 2);
        assertThat(TopNSelection.select(s, 2, f)).containsExactly(1, 3);
        assertThat(TopNSelection.select(s, 10, ItemFilter.none())).containsExactly(0, 1, 2, 3, 4);
    }
}
