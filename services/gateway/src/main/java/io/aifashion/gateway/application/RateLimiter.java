package io.aifashion.gateway.application;

import io.aifashion.gateway.domain.RateDecision;
import io.aifashion.gateway.domain.RateLimitPolicy;
import reactor.core.publisher.Mono;

/** Takes one token from the bucket {@code key} under {@code policy}. */
public interface RateLimiter {
    Mono<RateDecision> take(String key, RateLimitPolicy policy);
}
