package io.aifashion.imaging.domain;

import java.time.Duration;

/** Every analysis worker is busy and the waiting line is full: try again shortly. */
public class AnalyzerBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public AnalyzerBusyException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
