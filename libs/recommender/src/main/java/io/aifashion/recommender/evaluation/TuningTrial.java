package io.aifashion.recommender.evaluation;

import java.util.Map;

/** One grid point evaluated on the validation split. */
public record TuningTrial(Map<String, String> parameters, double validationNdcg) {

    public TuningTrial {
        parameters = Map.copyOf(parameters);
    }
}
