package io.aifashion.kit.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;

/**
 * A cache is an optimisation: when Redis is unreachable the request is served from the source of
 * truth instead of failing. Errors are logged (rate-limited by the logger) and counted.
 */
public final class ResilientCacheErrorHandler implements CacheErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ResilientCacheErrorHandler.class);

    private final MeterRegistry meters;

    public ResilientCacheErrorHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    private void record(String op, Cache cache, RuntimeException e) {
        meters.counter("aifashion.cache.errors", "cache", cache.getName(), "operation", op).increment();
        log.warn("Cache {} {} failed, bypassing the cache: {}", cache.getName(), op, e.getMessage());
    }

    @Override
    public void handleCacheGetError(RuntimeException e, Cache cache, Object key) {
        record("get", cache, e);
    }

    @Override
    public void handleCachePutError(RuntimeException e, Cache cache, Object key, Object value) {
        record("put", cache, e);
    }

    @Override
    public void handleCacheEvictError(RuntimeException e, Cache cache, Object key) {
        record("evict", cache, e);
    }

    @Override
    public void handleCacheClearError(RuntimeException e, Cache cache) {
        record("clear", cache, e);
    }
}
