package io.aifashion.gateway.infrastructure;

import io.aifashion.gateway.application.RateLimiter;
import io.aifashion.gateway.domain.RateDecision;
import io.aifashion.gateway.domain.RateLimitPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, updated atomically by a Lua script so that every gateway instance shares
 * the same counts. If Redis does not answer within 200 ms the request is let through (fail open):
 * a cache outage must not take the whole API down; the metric {@code aifashion.ratelimit.unavailable}
 * counts such decisions.
 */
@Component
public class RedisTokenBucket implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisTokenBucket.class);

    /** KEYS[1] bucket; ARGV rate (tokens/s), capacity, now (ms). Returns {allowed, remaining, retryAfterSeconds}. */
    private static final RedisScript<List> SCRIPT = RedisScript.of("""
            local rate = tonumber(ARGV[1])
            local capacity = tonumber(ARGV[2])
            local now = tonumber(ARGV[3])
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
            local tokens = tonumber(state[1]) or capacity
            local ts = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - ts) / 1000.0 * rate)
            local allowed = 0
            local retry = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              retry = math.ceil((1 - tokens) / rate)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
            return {allowed, math.floor(tokens), retry}
            """, List.class);

    private final ReactiveStringRedisTemplate redis;
    private final MeterRegistry meters;

    public RedisTokenBucket(ReactiveStringRedisTemplate redis, MeterRegistry meters) {
        this.redis = redis;
        this.meters = meters;
    }

    @Override
    public Mono<RateDecision> take(String key, RateLimitPolicy policy) {
        String bucket = "aifashion:ratelimit:" + policy.name() + ":" + key;
        return redis.execute(SCRIPT, List.of(bucket), List.of(String.valueOf(policy.tokensPerSecond()),
                        String.valueOf(policy.burst()), String.valueOf(System.currentTimeMillis())))
                .next()
                .map(r -> new RateDecision(((Number) r.get(0)).longValue() == 1, ((Number) r.get(1)).longValue(),
                        ((Number) r.get(2)).longValue()))
                .timeout(Duration.ofMillis(200))
                .onErrorResume(e -> {
                    meters.counter("aifashion.ratelimit.unavailable").increment();
                    log.debug("Rate limiter unavailable, letting the request through: {}", e.toString());
                    return Mono.just(RateDecision.unknown());
                })
                .defaultIfEmpty(RateDecision.unknown());
    }
}
