package io.aifashion.bench.recommender;

import io.aifashion.recommender.content.FeatureContentScorer;
import io.aifashion.recommender.content.FeatureProfile;
import io.aifashion.recommender.content.FeatureProfileBuilder;
import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.hybrid.CollaborativeRanker;
import io.aifashion.recommender.hybrid.HybridRanker;
import io.aifashion.recommender.hybrid.RecommendationRequest;
import io.aifashion.recommender.model.ImplicitAlsConfig;
import io.aifashion.recommender.model.ImplicitAlsModel;
import io.aifashion.recommender.model.ImplicitAlsTrainer;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnModel;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.model.PopularityModel;
import io.aifashion.recommender.model.PopularityTrainer;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.Recommendation;
import io.aifashion.recommender.ranking.TopNSelection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Serving latency: top-20 recommendations for one user over 50,000 items, from a history (the
 * serving path: iALS folds the user in from the history on every call). Sample-time mode reports
 * the percentiles; the goal is p99 well under 5 ms.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RecommenderScoring -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecommenderScoringBenchmark {

    private LargeCatalogue data;
    private ImplicitAlsModel ials;
    private ItemKnnModel itemKnn;
    private PopularityModel popularity;
    private CollaborativeRanker ialsRanker;
    private CollaborativeRanker itemKnnRanker;
    private HybridRanker<FeatureProfile> hybrid;
    private FeatureProfile[] profiles;
    private float[] randomScores;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        data = LargeCatalogue.standard();
        int threads = Runtime.getRuntime().availableProcessors();
        // serving cost does not depend on how long the factors were trained
        ials = new ImplicitAlsTrainer(ImplicitAlsConfig.defaults().withIterations(3).withThreads(threads)).train(data.matrix);
        itemKnn = new ItemKnnTrainer(ItemKnnConfig.defaults().withThreads(threads)).train(data.matrix);
        popularity = new PopularityTrainer().train(data.matrix);
        ialsRanker = new CollaborativeRanker(ials);
        itemKnnRanker = new CollaborativeRanker(itemKnn);
        hybrid = new HybridRanker<>(itemKnn, data.catalogue, FeatureContentScorer.withDefaults(data.catalogue), BlendPolicy.defaults());
        FeatureProfileBuilder builder = new FeatureProfileBuilder(data.catalogue);
        List<FeatureVector> palette = List.of(FeatureVector.of(70, 45, 35), FeatureVector.of(82, 20, 30), FeatureVector.of(86, 0, 70),
                FeatureVector.of(75, -35, -5), FeatureVector.of(65, -45, 45));
        profiles = new FeatureProfile[data.histories.length];
        for (int u = 0; u < profiles.length; u++) {
            profiles[u] = builder.build(data.histories[u], palette);
        }
        randomScores = new float[LargeCatalogue.ITEMS];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < randomScores.length; i++) {
            randomScores[i] = (float) r.nextGaussian();
        }
    }

    private int nextUser() {
        next = (next + 1) % data.histories.length;
        return next;
    }

    @Benchmark
    public List<Recommendation> ialsTop20() {
        return ialsRanker.recommend(data.histories[nextUser()], 20, ItemFilter.none());
    }

    @Benchmark
    public List<Recommendation> itemKnnTop20() {
        return itemKnnRanker.recommend(data.histories[nextUser()], 20, ItemFilter.none());
    }

    @Benchmark
    public int[] popularityTop20() {
        UserHistory h = data.histories[nextUser()];
        float[] scores = new float[LargeCatalogue.ITEMS];
        popularity.scoreInto(h, scores);
        return TopNSelection.select(scores, 20, ItemFilter.seen(h));
    }

    @Benchmark
    public List<Recommendation> hybridTop20() {
        int u = nextUser();
        return hybrid.recommend(RecommendationRequest.of(data.histories[u], profiles[u], 20));
    }

    /** The selection step alone: partial selection of 20 out of 50,000 scores. */
    @Benchmark
    public int[] partialSelectionTop20() {
        return TopNSelection.select(randomScores, 20, ItemFilter.none());
    }

    /** What partial selection replaces: sorting all 50,000 scores to take 20. */
    @Benchmark
    public int[] fullSortTop20() {
        long[] keyed = new long[randomScores.length];
        for (int i = 0; i < keyed.length; i++) {
            int bits = Float.floatToIntBits(-randomScores[i]);
            keyed[i] = ((long) (bits ^ ((bits >> 31) & 0x7fffffff)) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] top = new int[20];
        for (int k = 0; k < 20; k++) {
            top[k] = (int) keyed[k];
        }
        return top;
    }
}
