package io.aifashion.recommendation.domain.experiment;

/** An experiment definition that cannot run; {@link #field()} names the culprit. */
public final class InvalidExperimentException extends IllegalArgumentException {

    private final String field;

    public InvalidExperimentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
