package io.aifashion.recommender.model;

import io.aifashion.recommender.Fixtures;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.Signal;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PopularityAndItemKnnTest {

    // Item columns over users: A = (1,1,0), B = (1,1,1), C = (0,1,1)
    private final InteractionMatrix m = Fixtures.matrix("A B", "A B C", "B C");
    private final int a = m.items().indexOf("A");
    private final int b = m.items().indexOf("B");
    private final int c = m.items().indexOf("C");

    private UserHistory historyOf(String item) {
        int i = m.items().indexOf(item);
        return UserHistory.of("new", m.itemCount(), new int[] {i}, new float[] {1}, new int[0], new int[0]);
    }

    @Test
    void popularityCountsUsersAndSaysTrending() {
        PopularityModel pop = new PopularityTrainer().train(m);
        float[] s = new float[3];
        pop.scoreInto(historyOf("A"), s);
        assertThat(s[b]).isEqualTo(3f);
        assertThat(s[a]).isEqualTo(2f);
        Explanation e = pop.explain(historyOf("A"), b);
        assertThat(e.signal()).isEqualTo(Signal.POPULARITY);
        assertThat(e.message()).contains("Trending").contains("3 shoppers");
    }

    @Test
    void cosineWithShrinkageMatchesHandComputation() {
        ItemKnnModel knn = new ItemKnnTrainer(new ItemKnnConfig(10, 1, true, 1)).train(m);
        double ab = 2 / (Math.sqrt(2) * Math.sqrt(3) + 1);
        double ac = 1 / (Math.sqrt(2) * Math.sqrt(2) + 1);
        assertThat(knn.similarity(a, b)).isCloseTo((float) ab, within(1e-6f));
        assertThat(knn.similarity(a, c)).isCloseTo((float) ac, within(1e-6f));
        assertThat(knn.similarity(b, a)).isCloseTo((float) ab, within(1e-6f));
        assertThat(knn.similarity(a, a)).isZero();

        float[] s = new float[3];
        knn.scoreInto(historyOf("A"), s);
        assertThat(s[b]).isCloseTo((float) ab, within(1e-6f));
        assertThat(s[c]).isCloseTo((float) ac, within(1e-6f));
    }

    @Test
    void keepsOnlyTheTopKNeighbours() {
        ItemKnnModel knn = new ItemKnnTrainer(new ItemKnnConfig(1, 1, true, 1)).train(m);
        assertThat(knn.neighbours().length(a)).isEqualTo(1);
        assertThat(knn.similarity(a, c)).isZero();
        float[] s = new float[3];
        knn.scoreInto(historyOf("A"), s);
        assertThat(s[c]).isZero();
        assertThat(s[b]).isPositive();
    }

    @Test
    void explainsWithTheStrongestNeighbourInTheHistory() {
        ItemKnnModel knn = new ItemKnnTrainer(new ItemKnnConfig(10, 1, true, 1)).train(m);
        UserHistory h = UserHistory.of("x", 3, new int[] {a, c}, new float[] {1, 1}, new int[0], new int[0]);
        // B's support from A is 0.58, from C also 0.58; ties keep the first — both explain "liked"
        Explanation e = knn.explain(h, b);
        assertThat(e.signal()).isEqualTo(Signal.ITEM_NEIGHBOURS);
        assertThat(e.message()).startsWith("People who liked ").endsWith(" also liked this");
        assertThat(e.relatedItemIds()).hasSize(1).containsAnyOf("A", "C");
    }

    @Test
    void modelsCarryVersionedMetadata() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
        ItemKnnModel one = new ItemKnnTrainer(new ItemKnnConfig(10, 1, true, 1), clock).train(m);
        ItemKnnModel other = new ItemKnnTrainer(new ItemKnnConfig(5, 1, true, 1), clock).train(m);
        assertThat(one.metadata().versionId()).matches("itemknn-20250301101530-[0-9a-f]{8}");
        assertThat(one.metadata().versionId()).isNotEqualTo(other.metadata().versionId());
        assertThat(one.metadata().hyperParameters()).containsEntry("neighbours", "10").containsEntry("shrinkage", "1.0");
        assertThat(one.metadata().users()).isEqualTo(3);
        assertThat(one.metadata().interactions()).isEqualTo(7);
        assertThat(one.metadata().trainedAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
    }
}
