package io.aifashion.recommender.content;

import io.aifashion.recommender.data.UserHistory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureContentScorerTest {

    static final FeatureVector CORAL = FeatureVector.of(70, 45, 35);
    static final FeatureVector NAVY = FeatureVector.of(25, 5, -30);

    static ItemCatalog catalogue() {
        return ItemCatalog.of(List.of(
                new ItemFeatures("coral-dress", "dresses", CORAL, 80),
                new ItemFeatures("navy-dress", "dresses", NAVY, 80),
                new ItemFeatures("coral-coat", "coats", FeatureVector.of(68, 43, 36), 180),
                new ItemFeatures("cheap-coral-dress", "dresses", FeatureVector.of(71, 44, 33), 20),
                new ItemFeatures("navy-coat", "coats", NAVY, 190)));
    }

    @Test
    void colourNearThePaletteScoresHigherAndSaysSo() {
        ItemCatalog c = catalogue();
        FeatureContentScorer scorer = FeatureContentScorer.withDefaults(c);
        FeatureProfile profile = new FeatureProfileBuilder(c).build(UserHistory.empty("ann", c.size()), List.of(CORAL));
        assertThat(scorer.colourFit(profile, c.features(0))).isCloseTo(1.0, within(1e-12));
        assertThat(scorer.score(profile, c.features(0))).isGreaterThan(scorer.score(profile, c.features(1)));
        assertThat(scorer.explain(profile, c.features(0))).isEqualTo("Its colour suits your palette");
        // the scale: ΔE 20 away falls to 1/e
        FeatureContentScorer sharp = new FeatureContentScorer(c, new EuclideanDistance(), 20, 0, 1, 0);
        FeatureProfile far = new FeatureProfile(profile.categoryAffinity(), List.of(FeatureVector.of(90, 45, 35)), 0, 1, 0);
        assertThat(sharp.score(far, c.features(0))).isCloseTo(Math.exp(-1), within(1e-12));
    }

    @Test
    void historyShapesCategoryAndRelativePriceBand() {
        ItemCatalog c = catalogue();
        // liked two typical-priced dresses
        UserHistory h = UserHistory.of("bob", c.size(), new int[] {0, 1}, new float[] {1, 1}, new int[0], new int[0]);
        FeatureProfile p = new FeatureProfileBuilder(c, 2, 0).build(h, List.of());
        assertThat(p.evidence()).isEqualTo(2);
        assertThat(p.affinityFor("dresses")).isCloseTo((2 + 1.0) / 4, within(1e-12));
        assertThat(p.affinityFor("coats")).isCloseTo(1.0 / 4, within(1e-12));
        assertThat(p.categoryAffinity().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        FeatureContentScorer scorer = FeatureContentScorer.withDefaults(c);
        // same category and colour, but far below the usual price level for dresses
        assertThat(scorer.priceFit(p, c.features(0))).isGreaterThan(scorer.priceFit(p, c.features(3)));
        assertThat(scorer.score(p, c.features(1))).isGreaterThan(scorer.score(p, c.features(4)));
        assertThat(scorer.explain(p, c.features(1))).isIn("From dresses, a category you like", "In your usual price range");
    }

    @Test
    void theHistorysColoursJoinTheKnownPalette() {
        ItemCatalog c = catalogue();
        UserHistory h = UserHistory.of("cat", c.size(), new int[] {1}, new float[] {3}, new int[0], new int[0]);
        FeatureProfile p = new FeatureProfileBuilder(c).build(h, List.of(CORAL));
        assertThat(p.colours()).containsExactly(CORAL, NAVY);
    }

    @Test
    void theBatchPathGivesTheSameScoresAsOneItemAtATime() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        java.util.List<ItemFeatures> products = new java.util.ArrayList<>();
        String[] categories = {"tops", "coats", "bags"};
        for (int i = 0; i < 300; i++) {
            products.add(new ItemFeatures("p" + i, categories[r.nextInt(3)],
                    FeatureVector.of(100 * r.nextDouble(), 100 * r.nextDouble() - 50, 100 * r.nextDouble() - 50), 5 + 200 * r.nextDouble()));
        }
        ItemCatalog c = ItemCatalog.of(products);
        UserHistory h = UserHistory.of("u", c.size(), new int[] {3, 40, 77}, new float[] {1, 5, 2}, new int[0], new int[0]);
        FeatureProfile p = new FeatureProfileBuilder(c).build(h, List.of(CORAL, NAVY));
        ColourDistance manhattan = (a, b) -> Math.abs(a.get(0) - b.get(0)) + Math.abs(a.get(1) - b.get(1)) + Math.abs(a.get(2) - b.get(2));
        for (FeatureContentScorer scorer : List.of(FeatureContentScorer.withDefaults(c),
                new FeatureContentScorer(c, manhattan, 30, 0.5, 2, 1))) {
            float[] batch = new float[c.size()];
            scorer.scoreInto(p, c, batch);
            for (int i = 0; i < c.size(); i++) {
                assertThat((double) batch[i]).isCloseTo(scorer.score(p, c.features(i)), within(1e-5));
            }
        }
    }
}
