package io.aifashion.identity.domain;

import java.time.Duration;

/** Too many recent failures for this e-mail address or client address: wait {@link #retryAfter()}. */
public class SignInThrottled extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super("too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
