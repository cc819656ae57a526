package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.EaseConfig;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.synthetic.SyntheticFashionConfig;
import io.aifashion.recommender.synthetic.SyntheticFashionData;
import io.aifashion.recommender.synthetic.SyntheticFashionGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim the hybrid exists for: on data where part of the taste is visible in product features
 * (palette, category, price level) and part only in co-occurrence (hidden style, quality), blending
 * beats both the content-only and the collaborative-only ranking.
 */
class HybridOnSyntheticFashionTest {

    private final SyntheticFashionData data = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(1500, 600, 1));

    private EvaluationReport evaluate(Split split, Algorithm<CollaborativeModel> base) {
        return new OfflineEvaluation(new EvaluationProtocol(split, 10, false, 2), line -> { })
                .run(data.toLog(EventWeights.defaults()), List.of(Algorithms.popularity(), base,
                        Algorithms.content(data.catalogue(), data.palettes()),
                        Algorithms.hybrid(base, data.catalogue(), data.palettes(), List.of(BlendPolicy.defaults()))));
    }

    @Test
    void hybridOverEaseBeatsEaseAndContentOnARandomSplit() {
        Algorithm<CollaborativeModel> ease = Algorithms.ease(List.of(EaseConfig.defaults().withLambda(100).withThreads(2)));
        EvaluationReport report = evaluate(new RandomSplit(0.2, 1), ease);
        double hybrid = report.result("hybrid").metrics().ndcg();
        assertThat(hybrid).isGreaterThan(report.result("ease").metrics().ndcg());
        assertThat(hybrid).isGreaterThan(report.result("content").metrics().ndcg());
        assertThat(report.result("ease").metrics().ndcg()).isGreaterThan(report.result("pop").metrics().ndcg());
    }

    @Test
    void hybridOverItemKnnBeatsItemKnnAndContentOnATemporalSplit() {
        Algorithm<CollaborativeModel> knn = Algorithms.itemKnn(List.of(ItemKnnConfig.defaults().withThreads(2)));
        EvaluationReport report = evaluate(new TemporalSplit(0.2, 1), knn);
        double hybrid = report.result("hybrid").metrics().ndcg();
        assertThat(hybrid).isGreaterThan(report.result("itemknn").metrics().ndcg());
        assertThat(hybrid).isGreaterThan(report.result("content").metrics().ndcg());
    }
}
