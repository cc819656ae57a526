package io.aifashion.bench.recommendation;

import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.model.ImplicitAlsConfig;
import io.aifashion.recommender.model.ImplicitAlsTrainer;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.model.PopularityTrainer;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The recommendation service's training step on one million interactions (20,000 users × 50,000
 * products, 50 positives each), with the service's configuration: building the interaction matrix
 * from the folded read model's rows, then popularity, item-kNN (k = 100) and implicit ALS (f = 64,
 * 12 iterations, 3 CG steps) — on one worker thread (the service default, leaving a core to serving)
 * and on all cores. Each step runs once, as in the service (a training is a one-shot job of many
 * seconds, so JIT warm-up is a negligible part of it); wall time and process CPU time are printed.
 * Goal: iALS under 60 s.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar io.aifashion.bench.recommendation.RecommendationTrainingTime}
 */
public final class RecommendationTrainingTime {

    private RecommendationTrainingTime() {
    }

    public static void main(String[] args) {
        InteractionLog generated = new PlantedBlockGenerator()
                .generate(new PlantedBlockConfig(20_000, 50_000, 50, 50, 0.8, 0.8, 7)).log();
        int cores = Runtime.getRuntime().availableProcessors();
        InteractionMatrix matrix = time("matrix from 1M read-model rows", () -> {
            InteractionLog.Builder rows = InteractionLog.builder(generated.items());
            for (int r = 0; r < generated.size(); r++) {
                rows.add(generated.users().id(generated.user(r)), generated.items().id(generated.item(r)),
                        generated.weight(r), generated.timestamp(r));
            }
            return rows.build().toMatrix();
        });
        System.out.printf(Locale.ROOT, "  %d users, %d products, %d positives%n", matrix.userCount(),
                matrix.itemCount(), matrix.positiveCount());
        time("popularity", () -> new PopularityTrainer().train(matrix));
        time("item-kNN, 1 thread", () -> new ItemKnnTrainer(ItemKnnConfig.defaults().withThreads(1)).train(matrix));
        time("iALS f=64 x12, 1 thread", () -> new ImplicitAlsTrainer(ImplicitAlsConfig.defaults().withThreads(1))
                .train(matrix));
        time("iALS f=64 x12, " + cores + " threads", () -> new ImplicitAlsTrainer(ImplicitAlsConfig.defaults()
                .withThreads(cores)).train(matrix));
    }

    private static <T> T time(String what, Supplier<T> step) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        T result = step.get();
        System.out.printf(Locale.ROOT, "%-34s wall %7.1f s   process CPU %7.1f s%n", what,
                (System.nanoTime() - wall0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
        return result;
    }
}
