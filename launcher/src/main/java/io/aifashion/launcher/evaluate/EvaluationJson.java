package io.aifashion.launcher.evaluate;

import io.aifashion.recommender.evaluation.AlgorithmResult;
import io.aifashion.recommender.evaluation.EvaluationReport;
import io.aifashion.recommender.evaluation.MetricSummary;
import io.aifashion.recommender.evaluation.SkippedAlgorithm;
import io.aifashion.recommender.evaluation.TuningTrial;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report as one JSON object: protocol, dataset, one entry per algorithm (keys include {@code ndcg}), skipped algorithms. */
final class EvaluationJson {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    String render(EvaluationReport report, EvaluationInput input, OptionalThreshold threshold) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("split", report.protocol().split().name());
        double fraction = EvaluationTable.testFraction(report.protocol().split());
        protocol.put("testFraction", Double.isNaN(fraction) ? null : fraction);
        protocol.put("seed", report.protocol().split().seed());
        protocol.put("k", report.protocol().k());
        protocol.put("tuned", report.protocol().tune());
        protocol.put("positiveThreshold", threshold.value());
        protocol.put("format", input.format().name().toLowerCase(java.util.Locale.ROOT));
        root.put("protocol", protocol);
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("lines", input.interactions().lines());
        dataset.put("belowThreshold", input.interactions().belowThreshold());
        dataset.put("users", report.dataset().users());
        dataset.put("items", report.dataset().items());
        dataset.put("trainPositives", report.dataset().trainPositives());
        dataset.put("testPositives", report.dataset().testPositives());
        dataset.put("trainDislikes", report.dataset().trainDislikes());
        root.put("dataset", dataset);
        List<Map<String, Object>> results = new ArrayList<>();
        for (AlgorithmResult r : report.results()) {
            MetricSummary m = r.metrics();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("algorithm", r.algorithm());
            entry.put("k", m.k());
            entry.put("precision", m.precision());
            entry.put("recall", m.recall());
            entry.put("ndcg", m.ndcg());
            entry.put("map", m.map());
            entry.put("coverage", m.coverage());
            entry.put("users", m.users());
            entry.put("trainSeconds", r.trainSeconds());
            entry.put("scoringMillisPerUser", r.scoringMillisPerUser());
            entry.put("parameters", new TreeMap<>(r.parameters()));
            List<Map<String, Object>> tuning = new ArrayList<>();
            for (TuningTrial t : r.tuning()) {
                tuning.add(Map.of("parameters", new TreeMap<>(t.parameters()), "validationNdcg", t.validationNdcg()));
            }
            entry.put("tuning", tuning);
            results.add(entry);
        }
        root.put("results", results);
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (SkippedAlgorithm s : report.skipped()) {
            skipped.add(Map.of("algorithm", s.algorithm(), "reason", s.reason()));
        }
        root.put("skipped", skipped);
        return mapper.writeValueAsString(root);
    }

    /** The positive threshold, or null when ratings are used as weights. */
    record OptionalThreshold(Double value) {
    }
}
