package io.aifashion.recommendation.domain.experiment;

import java.util.Locale;

public enum ExperimentStatus {
    RUNNING, STOPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExperimentStatus parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
