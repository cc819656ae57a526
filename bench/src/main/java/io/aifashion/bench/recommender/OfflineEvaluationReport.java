package io.aifashion.bench.recommender;

import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.evaluation.AlgorithmResult;
import io.aifashion.recommender.evaluation.Algorithm;
import io.aifashion.recommender.evaluation.Algorithms;
import io.aifashion.recommender.evaluation.EvaluationProtocol;
import io.aifashion.recommender.evaluation.EvaluationReport;
import io.aifashion.recommender.evaluation.OfflineEvaluation;
import io.aifashion.recommender.evaluation.RandomSplit;
import io.aifashion.recommender.evaluation.Split;
import io.aifashion.recommender.evaluation.TemporalSplit;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;
import io.aifashion.recommender.synthetic.SyntheticFashionConfig;
import io.aifashion.recommender.synthetic.SyntheticFashionData;
import io.aifashion.recommender.synthetic.SyntheticFashionGenerator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Offline-evaluation tables for bench/README.md: the planted-block data (random 80/20) and the
 * synthetic fashion shop (random 80/20 and temporal 80/20), every algorithm tuned on a validation
 * split carved from the training part. Prints Markdown on stdout, progress on stderr.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.aifashion.bench.recommender.OfflineEvaluationReport}
 */
public final class OfflineEvaluationReport {

    private OfflineEvaluationReport() {
    }

    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        long seed = 42;

        PlantedBlockConfig planted = new PlantedBlockConfig(3000, 1500, 15, 30, 0.8, 0.8, seed);
        InteractionLog blocks = new PlantedBlockGenerator().generate(planted).log();
        table(String.format(Locale.ROOT, "Planted blocks: %,d users × %,d items in %d hidden blocks, ~%d items per user, %.0f%% in-block; random 80/20",
                        planted.users(), planted.items(), planted.blocks(), planted.interactionsPerUser(), 100 * planted.inBlockShare()),
                evaluate(new RandomSplit(0.2, seed), threads, blocks, collaborative(threads, seed)));

        SyntheticFashionData shop = new SyntheticFashionGenerator().generate(SyntheticFashionConfig.of(5000, 2000, seed));
        InteractionLog events = shop.toLog(EventWeights.defaults());
        for (Split split : List.of(new RandomSplit(0.2, seed), new TemporalSplit(0.2, seed))) {
            Algorithm<CollaborativeModel> ease = Algorithms.ease(threads, 20_000);
            List<Algorithm<?>> all = new java.util.ArrayList<>(collaborative(threads, seed, ease));
            all.add(Algorithms.content(shop.catalogue(), shop.palettes()));
            all.add(Algorithms.hybrid(ease, shop.catalogue(), shop.palettes()));
            table(String.format(Locale.ROOT, "Synthetic fashion shop: 5,000 shoppers × 2,000 products, %,d events; %s 80/20",
                    shop.events().size(), split.name()), evaluate(split, threads, events, all));
        }
    }

    private static List<Algorithm<?>> collaborative(int threads, long seed) {
        return collaborative(threads, seed, Algorithms.ease(threads, 20_000));
    }

    private static List<Algorithm<?>> collaborative(int threads, long seed, Algorithm<CollaborativeModel> ease) {
        return List.of(Algorithms.popularity(), Algorithms.itemKnn(threads), Algorithms.implicitAls(threads, seed), ease);
    }

    private static EvaluationReport evaluate(Split split, int threads, InteractionLog log, List<Algorithm<?>> algorithms) {
        return new OfflineEvaluation(new EvaluationProtocol(split, 10, true, threads), System.err::println).run(log, algorithms);
    }

    private static void table(String title, EvaluationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(title).append("** — ").append(String.format(Locale.ROOT,
                "%,d train / %,d test positives, %,d users evaluated%n%n", report.dataset().trainPositives(),
                report.dataset().testPositives(), report.results().get(0).metrics().users()));
        sb.append("| algorithm | precision@10 | recall@10 | nDCG@10 | MAP@10 | coverage | train s | score ms/user | chosen parameters |\n");
        sb.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (AlgorithmResult r : report.results()) {
            var m = r.metrics();
            sb.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | **%.4f** | %.4f | %.3f | %.2f | %.3f | %s |%n", r.algorithm(),
                    m.precision(), m.recall(), m.ndcg(), m.map(), m.coverage(), r.trainSeconds(), r.scoringMillisPerUser(),
                    parameters(r.parameters())));
        }
        System.out.println(sb);
    }

    private static String parameters(Map<String, String> p) {
        return new TreeMap<>(p).entrySet().stream()
                .filter(e -> !e.getKey().endsWith("seed") && !e.getKey().endsWith("binary") && !e.getKey().endsWith("cgSteps"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
