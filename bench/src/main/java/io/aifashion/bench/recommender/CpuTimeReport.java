package io.aifashion.bench.recommender;

import io.aifashion.recommender.content.FeatureContentScorer;
import io.aifashion.recommender.content.FeatureProfile;
import io.aifashion.recommender.content.FeatureProfileBuilder;
import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.data.InteractionMatrix;
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
import io.aifashion.recommender.ranking.ItemFilter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Locale;

/**
 * Wall time and CPU time side by side, for a machine shared with other work: training of iALS and
 * item-kNN on one million interactions, and top-20 serving calls over 50,000 items. JMH measures wall
 * time, which grows with whatever else runs on the cores; the process CPU time of a training run
 * and the thread CPU time of one scoring call do not, so {@code CPU time / threads} is the wall time
 * the same work takes on idle cores.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar io.aifashion.bench.recommender.CpuTimeReport [training runs, default 2]}
 */
public final class CpuTimeReport {

    private CpuTimeReport() {
    }

    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        LargeCatalogue data = LargeCatalogue.standard();
        InteractionMatrix m = data.matrix;
        System.out.printf(Locale.ROOT, "data: %,d users × %,d items, %,d positives; %d threads; load average %s%n",
                m.userCount(), m.itemCount(), m.positiveCount(), threads, loadAverage());
        ImplicitAlsModel ials = null;
        ItemKnnModel knn = null;
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        for (int run = 1; run <= runs; run++) {
            long cpu = processCpu();
            long wall = System.nanoTime();
            ials = new ImplicitAlsTrainer(ImplicitAlsConfig.defaults().withThreads(threads)).train(m);
            report("iALS f=64, 12 iterations, 3 CG steps (run " + run + ")", wall, cpu, threads);
            cpu = processCpu();
            wall = System.nanoTime();
            knn = new ItemKnnTrainer(ItemKnnConfig.defaults().withThreads(threads)).train(m);
            report("item-kNN k=100 (run " + run + ")", wall, cpu, threads);
        }
        HybridRanker<FeatureProfile> hybrid = new HybridRanker<>(knn, data.catalogue,
                FeatureContentScorer.withDefaults(data.catalogue), BlendPolicy.defaults());
        FeatureProfileBuilder profiles = new FeatureProfileBuilder(data.catalogue);
        List<FeatureVector> palette = List.of(FeatureVector.of(70, 45, 35), FeatureVector.of(82, 20, 30),
                FeatureVector.of(86, 0, 70), FeatureVector.of(75, -35, -5), FeatureVector.of(65, -45, 45));
        CollaborativeRanker ialsRanker = new CollaborativeRanker(ials);
        CollaborativeRanker knnRanker = new CollaborativeRanker(knn);
        Map<String, Consumer<UserHistory>> calls = new LinkedHashMap<>();
        calls.put("iALS (fold-in, scores, top-20, explanations)", h -> ialsRanker.recommend(h, 20, ItemFilter.none()));
        calls.put("item-kNN (scores, top-20, explanations)", h -> knnRanker.recommend(h, 20, ItemFilter.none()));
        calls.put("hybrid over item-kNN (profile, content + CF + popularity, top-20, explanations)",
                h -> hybrid.recommend(RecommendationRequest.of(h, profiles.build(h, palette), 20)));
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, Consumer<UserHistory>> call : calls.entrySet()) {
            int n = 3000;
            long[] cpuNanos = new long[n];
            long[] wallNanos = new long[n];
            for (int k = 0; k < 2 * n; k++) {
                UserHistory h = data.histories[k % data.histories.length];
                long c = bean.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                call.getValue().accept(h);
                if (k >= n) { // the first pass warms up the JIT
                    cpuNanos[k - n] = bean.getCurrentThreadCpuTime() - c;
                    wallNanos[k - n] = System.nanoTime() - w;
                }
            }
            Arrays.sort(cpuNanos);
            Arrays.sort(wallNanos);
            System.out.printf(Locale.ROOT, "top-20 over %,d items, %s: CPU p50 %.3f ms, p99 %.3f ms; wall p50 %.3f ms, p99 %.3f ms%n",
                    m.itemCount(), call.getKey(), cpuNanos[n / 2] / 1e6, cpuNanos[n * 99 / 100] / 1e6,
                    wallNanos[n / 2] / 1e6, wallNanos[n * 99 / 100] / 1e6);
        }
        System.out.println("load average at the end: " + loadAverage());
    }

    private static void report(String what, long wallStart, long cpuStart, int threads) {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (processCpu() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "%s: wall %.1f s, CPU %.1f s (= %.1f s on %d idle cores)%n", what, wall, cpu, cpu / threads, threads);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
