package io.aifashion.recommender.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The test-set result of one algorithm with its chosen hyper-parameters.
 *
 * @param trainSeconds         wall time to train on the full training part (for a hybrid, including its base model)
 * @param scoringMillisPerUser mean time to score all items and select the top-k for one user
 * @param tuning               validation results of every grid point tried (empty when not tuned)
 */
public record AlgorithmResult(String algorithm, Map<String, String> parameters, MetricSummary metrics,
                              double trainSeconds, double scoringMillisPerUser, List<TuningTrial> tuning) {

    public AlgorithmResult {
        parameters = Map.copyOf(parameters);
        tuning = List.copyOf(tuning);
    }
}
