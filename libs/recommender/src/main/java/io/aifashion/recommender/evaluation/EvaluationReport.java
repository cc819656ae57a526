package io.aifashion.recommender.evaluation;

import java.util.List;

/** Everything an offline evaluation found, in the order the algorithms were given. */
public record EvaluationReport(EvaluationProtocol protocol, DatasetSummary dataset, List<AlgorithmResult> results,
                               List<SkippedAlgorithm> skipped) {

    public EvaluationReport {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
    }

    /** The result of the named algorithm. */
    public AlgorithmResult result(String algorithm) {
        return results.stream().filter(r -> r.algorithm().equals(algorithm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + algorithm));
    }
}
