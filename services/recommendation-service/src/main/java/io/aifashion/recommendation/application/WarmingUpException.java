package io.aifashion.recommendation.application;

/** The first catalogue snapshot is still loading (seconds after start); the caller should retry. */
public final class WarmingUpException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 5;

    public WarmingUpException() {
        super("The catalogue is still loading; try again in a few seconds.");
    }
}
