package io.aifashion.gateway.domain;

/** The outcome of taking a token: allowed or not, tokens left, and when to retry if not. */
public record RateDecision(boolean allowed, long remaining, long retryAfterSeconds) {

    /** Used when the bucket store cannot answer: the edge fails open rather than refusing everyone. */
    public static RateDecision unknown() {
        return new RateDecision(true, -1, 0);
    }
}
