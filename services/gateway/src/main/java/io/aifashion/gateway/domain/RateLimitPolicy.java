package io.aifashion.gateway.domain;

/**
 * A token bucket (Turner 1986; the algorithm of RFC 2697's committed bucket): {@code burst} tokens at
 * most, refilled at {@code tokensPerSecond}; each request takes one.
 */
public record RateLimitPolicy(String name, double tokensPerSecond, int burst) {
    public RateLimitPolicy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("policy name must not be blank");
        }
        if (!(tokensPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("policy " + name + " needs a positive rate and burst");
        }
    }
}
