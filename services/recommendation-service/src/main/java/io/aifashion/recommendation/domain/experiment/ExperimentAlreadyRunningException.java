package io.aifashion.recommendation.domain.experiment;

/** Only one experiment runs at a time; stop the running one first. */
public final class ExperimentAlreadyRunningException extends RuntimeException {
    public ExperimentAlreadyRunningException(String message) {
        super(message);
    }
}
