package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalysisResult;
import io.aifashion.imaging.domain.ContentKey;
import io.aifashion.imaging.domain.ResultCache;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Derived results in Redis under {@code imaging:result:<sha-256>} for an hour (SET with EX). A cache
 * is an optimisation: if Redis is unreachable or an entry cannot be read, it is a miss and the photo
 * is analysed, never an error for the caller. Hits and misses are counted
 * ({@code aifashion.imaging.cache}).
 */
@Component
public class RedisResultCache implements ResultCache {

    static final String PREFIX = "imaging:result:";
    private static final Logger log = LoggerFactory.getLogger(RedisResultCache.class);

    private final StringRedisTemplate redis;
    private final ResultDocuments documents;
    private final Duration ttl;
    private final MeterRegistry meters;

    public RedisResultCache(StringRedisTemplate redis, ResultDocuments documents, ImagingProperties props,
                            MeterRegistry meters) {
        this.redis = redis;
        this.documents = documents;
        this.ttl = props.cacheTtl();
        this.meters = meters;
    }

    @Override
    public Optional<AnalysisResult> find(ContentKey key) {
        String value;
        try {
            value = redis.opsForValue().get(PREFIX + key.hex());
        } catch (RuntimeException e) {
            failed("get", e);
            return Optional.empty();
        }
        if (value == null) {
            meters.counter("aifashion.imaging.cache", "outcome", "miss").increment();
            return Optional.empty();
        }
        try {
            AnalysisResult result = documents.read(value);
            meters.counter("aifashion.imaging.cache", "outcome", "hit").increment();
            return Optional.of(result);
        } catch (RuntimeException unreadable) {
            // Written by an older version of the service, say: drop it and measure again.
            log.warn("Dropping an unreadable cached result {}: {}", key.hex(), unreadable.getMessage());
            meters.counter("aifashion.imaging.cache", "outcome", "unreadable").increment();
            evict(java.util.List.of(key));
            return Optional.empty();
        }
    }

    @Override
    public void put(ContentKey key, AnalysisResult result) {
        try {
            redis.opsForValue().set(PREFIX + key.hex(), documents.write(result), ttl);
        } catch (RuntimeException e) {
            failed("put", e);
        }
    }

    @Override
    public void evict(Collection<ContentKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            redis.delete(keys.stream().map(k -> PREFIX + k.hex()).distinct().toList());
        } catch (RuntimeException e) {
            // The entries expire within the hour regardless.
            failed("evict", e);
        }
    }

    private void failed(String operation, RuntimeException e) {
        meters.counter("aifashion.cache.errors", "cache", "imaging-result", "operation", operation).increment();
        log.warn("Result cache {} failed, bypassing the cache: {}", operation, e.getMessage());
    }
}
