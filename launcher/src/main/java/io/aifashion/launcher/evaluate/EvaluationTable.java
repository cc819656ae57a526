package io.aifashion.launcher.evaluate;

import io.aifashion.recommender.evaluation.AlgorithmResult;
import io.aifashion.recommender.evaluation.EvaluationReport;
import io.aifashion.recommender.evaluation.LeaveOneOutSplit;
import io.aifashion.recommender.evaluation.MetricSummary;
import io.aifashion.recommender.evaluation.RandomSplit;
import io.aifashion.recommender.evaluation.SkippedAlgorithm;
import io.aifashion.recommender.evaluation.Split;
import io.aifashion.recommender.evaluation.TemporalSplit;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The report as a plain-text table for a terminal. */
final class EvaluationTable {

    String render(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        int k = report.protocol().k();
        Split split = report.protocol().split();
        out.append(String.format(Locale.ROOT, "Split %s%s, seed %d, k = %d; %s%n", split.name(),
                split instanceof LeaveOneOutSplit ? "" : String.format(Locale.ROOT, " (test %.0f%%)", 100 * testFraction(split)),
                split.seed(), k, report.protocol().tune()
                        ? "hyper-parameters tuned on a validation split carved from the training part"
                        : "default hyper-parameters"));
        out.append(String.format(Locale.ROOT, "Data: %,d users, %,d items, %,d train / %,d test positives, %,d dislikes%n%n",
                report.dataset().users(), report.dataset().items(), report.dataset().trainPositives(),
                report.dataset().testPositives(), report.dataset().trainDislikes()));
        String header = String.format(Locale.ROOT, "%-9s %12s %12s %10s %10s %9s %9s %14s  %s", "algorithm",
                "precision@" + k, "recall@" + k, "nDCG@" + k, "MAP@" + k, "coverage", "train s", "score ms/user", "parameters");
        out.append(header).append('\n').append("-".repeat(header.length())).append('\n');
        for (AlgorithmResult r : report.results()) {
            MetricSummary m = r.metrics();
            out.append(String.format(Locale.ROOT, "%-9s %12.4f %12.4f %10.4f %10.4f %9.3f %9.2f %14.3f  %s%n", r.algorithm(),
                    m.precision(), m.recall(), m.ndcg(), m.map(), m.coverage(), r.trainSeconds(), r.scoringMillisPerUser(),
                    parameters(r.parameters())));
        }
        if (!report.results().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nEvaluated users: %,d (users with at least one test positive); all items ranked, training items excluded.%n",
                    report.results().get(0).metrics().users()));
        }
        for (SkippedAlgorithm s : report.skipped()) {
            out.append(String.format(Locale.ROOT, "%nskipped %s: %s%n", s.algorithm(), s.reason()));
        }
        return out.toString();
    }

    static double testFraction(Split split) {
        return switch (split) {
            case RandomSplit r -> r.testFraction();
            case TemporalSplit t -> t.testFraction();
            case LeaveOneOutSplit l -> Double.NaN;
        };
    }

    private static String parameters(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("seed") && !e.getKey().equals("binary") && !e.getKey().equals("base.seed")
                        && !e.getKey().equals("base.binary"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
