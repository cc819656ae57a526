package io.aifashion.recommender.hybrid;

import io.aifashion.recommender.content.ContentScorer;
import io.aifashion.recommender.content.EuclideanDistance;
import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.content.ItemFeatures;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnModel;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.Recommendation;
import io.aifashion.recommender.ranking.Signal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HybridRankerTest {

    /** Content scorer whose profile is simply a preferred category; scores 1 for it, else 0, plus a tiny id tiebreak. */
    static final ContentScorer<String> CATEGORY = new ContentScorer<>() {
        @Override
        public double score(String category, ItemFeatures item) {
            return (item.category().equals(category) ? 1 : 0) - Integer.parseInt(item.itemId().substring(1)) * 1e-4;
        }

        @Override
        public String explain(String category, ItemFeatures item) {
            return "A " + item.category() + " like you asked for";
        }
    };

    private final ItemCatalog catalogue;
    private final InteractionMatrix matrix;
    private final ItemKnnModel model;

    HybridRankerTest() {
        List<ItemFeatures> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String category = i < 5 ? "tops" : "shoes";
            items.add(new ItemFeatures("p" + i, category, FeatureVector.of(i * 10.0, 0, 0), 10 + i));
        }
        catalogue = ItemCatalog.of(items);
        InteractionLog.Builder log = InteractionLog.builder(catalogue.items());
        // co-purchase structure: p0-p1-p2 together, p5-p6 together; p9 is new (no interactions)
        for (int u = 0; u < 30; u++) {
            String user = "u" + u;
            if (u % 2 == 0) {
                log.add(user, "p0", 1, u).add(user, "p1", 1, u).add(user, "p2", 1, u);
            } else {
                log.add(user, "p5", 1, u).add(user, "p6", 1, u);
            }
        }
        matrix = log.build().toMatrix();
        model = new ItemKnnTrainer(new ItemKnnConfig(5, 0, true, 1)).train(matrix);
    }

    private UserHistory history(String... ids) {
        UserHistory.Builder b = UserHistory.builder("x", catalogue.items());
        for (String id : ids) {
            b.add(id, 1);
        }
        return b.build();
    }

    @Test
    void aNewUserIsRankedByContentAlone() {
        HybridRanker<String> ranker = new HybridRanker<>(model, catalogue, CATEGORY, new BlendPolicy(3, 1, 0));
        List<Recommendation> recs = ranker.recommend(RecommendationRequest.of(UserHistory.empty("new", 10), "shoes", 3));
        assertThat(recs).extracting(Recommendation::itemId).containsExactly("p5", "p6", "p7");
        assertThat(recs).allSatisfy(r -> assertThat(r.explanation().signal()).isEqualTo(Signal.CONTENT));
        assertThat(recs.get(0).explanation().message()).isEqualTo("A shoes like you asked for");
        assertThat(recs).extracting(Recommendation::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aKnownUserGetsCollaborativePicksExplainedByNeighbours() {
        HybridRanker<String> ranker = new HybridRanker<>(model, catalogue, CATEGORY, new BlendPolicy(0.5, 0, 0));
        // content points at shoes, but a user with history p0 p1 strongly co-occurs with p2
        List<Recommendation> recs = ranker.recommend(RecommendationRequest.of(history("p0", "p1"), "shoes", 1));
        assertThat(recs).singleElement().satisfies(r -> {
            assertThat(r.itemId()).isEqualTo("p2");
            assertThat(r.explanation().signal()).isEqualTo(Signal.ITEM_NEIGHBOURS);
            assertThat(r.explanation().relatedItemIds()).containsAnyOf("p0", "p1");
        });
    }

    @Test
    void theCollaborativeShareGrowsWithEvidenceAndIsZeroForNewProducts() {
        BlendPolicy p = new BlendPolicy(3, 1, 0.2);
        assertThat(p.collaborativeShare(0, 100)).isZero();
        assertThat(p.collaborativeShare(10, 0)).isZero();
        assertThat(p.collaborativeShare(3, 1_000_000)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(p.collaborativeShare(1, 5)).isLessThan(p.collaborativeShare(10, 5));
        assertThat(p.collaborativeShare(10, 1)).isLessThan(p.collaborativeShare(10, 50));
        assertThatThrownBy(() -> new BlendPolicy(1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewProductIsReachedThroughItsContent() {
        HybridRanker<String> ranker = new HybridRanker<>(model, catalogue, CATEGORY, new BlendPolicy(1, 1, 0));
        ContentScorer<String> likesP9 = new ContentScorer<>() {
            @Override
            public double score(String profile, ItemFeatures item) {
                return item.itemId().equals("p9") ? 1 : 0;
            }

            @Override
            public String explain(String profile, ItemFeatures item) {
                return "New and in your colours";
            }
        };
        HybridRanker<String> withNew = new HybridRanker<>(model, catalogue, likesP9, new BlendPolicy(1, 1, 0));
        List<Recommendation> recs = withNew.recommend(RecommendationRequest.of(history("p5"), "", 3));
        assertThat(recs).extracting(Recommendation::itemId).contains("p9");
        Recommendation p9 = recs.stream().filter(r -> r.itemId().equals("p9")).findFirst().orElseThrow();
        assertThat(p9.explanation().signal()).isEqualTo(Signal.CONTENT);
        assertThat(ranker.model().itemSupport(9)).isZero();
    }

    @Test
    void dislikedBoughtSeenAndOutOfStockItemsAreNeverRecommended() {
        HybridRanker<String> ranker = new HybridRanker<>(model, catalogue, CATEGORY, BlendPolicy.defaults());
        UserHistory h = UserHistory.builder("x", catalogue.items())
                .add("p0", 1)
                .add("p1", io.aifashion.recommender.data.EventType.PURCHASE, io.aifashion.recommender.data.EventWeights.defaults())
                .add("p5", io.aifashion.recommender.data.EventType.DISLIKE, io.aifashion.recommender.data.EventWeights.defaults())
                .build();
        ItemFilter outOfStock = ItemFilter.ofIds(catalogue.items(), List.of("p2", "p6", "unknown"));
        List<Recommendation> recs = ranker.recommend(RecommendationRequest.of(h, "tops", 10).withFilter(outOfStock));
        assertThat(recs).extracting(Recommendation::itemId).doesNotContain("p0", "p1", "p2", "p5", "p6").hasSize(5);

        RecommendationRequest<String> keepSeen = new RecommendationRequest<>(h, "tops", 10, outOfStock, false);
        assertThat(ranker.recommend(keepSeen)).extracting(Recommendation::itemId).contains("p0").doesNotContain("p1", "p5");
    }

    @Test
    void mmrSpreadsTheListOverCategoriesAndColours() {
        HybridRanker<String> plain = new HybridRanker<>(model, catalogue, CATEGORY, new BlendPolicy(3, 1, 0));
        CategoryColourSimilarity similarity = new CategoryColourSimilarity(catalogue, new EuclideanDistance(), 20, 0.7);
        HybridRanker<String> diverse = plain.withDiversification(new MmrDiversifier(similarity, 0.3, 5));
        RecommendationRequest<String> request = RecommendationRequest.of(UserHistory.empty("new", 10), "tops", 4);
        assertThat(plain.recommend(request)).extracting(Recommendation::itemId).containsExactly("p0", "p1", "p2", "p3");
        List<String> mixed = diverse.recommend(request).stream().map(Recommendation::itemId).toList();
        assertThat(mixed.get(0)).isEqualTo("p0");
        assertThat(mixed).anyMatch(id -> catalogue.features(catalogue.items().indexOf(id)).category().equals("shoes"));
    }

    @Test
    void refusesAModelIndexedDifferentlyFromTheCatalogue() {
        InteractionMatrix other = InteractionLog.builder().add("u", "p3", 1, 0).add("u", "p0", 1, 0).build().toMatrix();
        ItemKnnModel wrong = new ItemKnnTrainer(ItemKnnConfig.defaults()).train(other);
        assertThatThrownBy(() -> new HybridRanker<>(wrong, catalogue, CATEGORY, BlendPolicy.defaults()))
                .hasMessageContaining("same items");
    }
}
