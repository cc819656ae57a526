package io.aifashion.bench.recommender;

import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.model.EaseConfig;
import io.aifashion.recommender.model.EaseModel;
import io.aifashion.recommender.model.EaseTrainer;
import io.aifashion.recommender.model.ImplicitAlsConfig;
import io.aifashion.recommender.model.ImplicitAlsModel;
import io.aifashion.recommender.model.ImplicitAlsTrainer;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnModel;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;
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

import java.util.concurrent.TimeUnit;

/**
 * Training time on all available cores: implicit ALS (f = 64, 12 iterations, 3 CG steps — the
 * library defaults) and item-kNN (k = 100) on one million interactions (20,000 users × 50,000
 * items); EASE on a 3,000-item catalogue (one dense 3,000 × 3,000 inversion). Goal: iALS under
 * 60 s on 2 cores.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RecommenderTraining -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RecommenderTrainingBenchmark {

    private InteractionMatrix million;
    private InteractionMatrix easeSized;
    private int threads;

    @Setup(Level.Trial)
    public void setUp() {
        million = LargeCatalogue.standard().matrix;
        easeSized = new PlantedBlockGenerator().generate(new PlantedBlockConfig(20_000, 3_000, 30, 40, 0.8, 0.8, 5)).log().toMatrix();
        threads = Runtime.getRuntime().availableProcessors();
    }

    @Benchmark
    public ImplicitAlsModel ials1M() {
        return new ImplicitAlsTrainer(ImplicitAlsConfig.defaults().withThreads(threads)).train(million);
    }

    @Benchmark
    public ItemKnnModel itemKnn1M() {
        return new ItemKnnTrainer(ItemKnnConfig.defaults().withThreads(threads)).train(million);
    }

    @Benchmark
    public EaseModel ease3000Items() {
        return new EaseTrainer(EaseConfig.defaults().withThreads(threads)).train(easeSized);
    }
}
