package io.aifashion.recommendation.infrastructure;

import io.aifashion.recommendation.application.RecommendationCache;
import io.aifashion.recommendation.application.Recommendations;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The per-user list cache on Spring's cache abstraction (Redis, see {@link CacheConfiguration}). One
 * entry per user maps each query (limit, category) to its list, so a user's new interaction or
 * palette evicts all of their lists with a single key — no key scans on the hot path. Cache errors
 * go to the service kit's handler, which logs, counts and bypasses them: with Redis down every
 * request is a miss and is ranked from the source of truth.
 */
@Component
public class RedisRecommendationCache implements RecommendationCache {

    public static final String CACHE = "recommendations";
    /** Distinct queries kept per user; more are rare (a limit and a few categories) and drop the oldest. */
    static final int MAX_QUERIES_PER_USER = 16;

    private final CacheManager caches;
    private final CacheErrorHandler errors;

    public RedisRecommendationCache(CacheManager caches, CacheErrorHandler errors) {
        this.caches = caches;
        this.errors = errors;
    }

    /** What one user's cache entry holds. */
    record UserLists(LinkedHashMap<String, Recommendations> lists) implements Serializable {
    }

    @Override
    public Optional<Recommendations> get(String userId, String query) {
        return lists(userId).map(l -> l.lists().get(query));
    }

    private Optional<UserLists> lists(String userId) {
        Cache cache = cache();
        try {
            return Optional.ofNullable(cache.get(userId, UserLists.class));
        } catch (RuntimeException e) {
            errors.handleCacheGetError(e, cache, userId);
            return Optional.empty();
        }
    }

    @Override
    public void put(String userId, String query, Recommendations recommendations) {
        LinkedHashMap<String, Recommendations> lists = new LinkedHashMap<>(
                lists(userId).map(UserLists::lists).orElseGet(LinkedHashMap::new));
        lists.remove(query);
        lists.put(query, recommendations);
        while (lists.size() > MAX_QUERIES_PER_USER) {
            lists.remove(lists.keySet().iterator().next());
        }
        Cache cache = cache();
        try {
            cache.put(userId, new UserLists(lists));
        } catch (RuntimeException e) {
            errors.handleCachePutError(e, cache, userId, lists);
        }
    }

    @Override
    public void evictAfterCommit(String userId) {
        afterCommit(() -> {
            Cache cache = cache();
            try {
                cache.evictIfPresent(userId);
            } catch (RuntimeException e) {
                errors.handleCacheEvictError(e, cache, userId);
            }
        });
    }

    @Override
    public void clearAfterCommit() {
        afterCommit(() -> {
            Cache cache = cache();
            try {
                cache.invalidate();
            } catch (RuntimeException e) {
                errors.handleCacheClearError(e, cache);
            }
        });
    }

    /**
     * Evicting before the commit would let a concurrent request re-cache the old state. The
     * immediate forms ({@code evictIfPresent}, {@code invalidate}) are used: Spring's plain
     * {@code evict}/{@code clear} may run asynchronously (they do on Redis with Lettuce), and the next
     * request must not find the old list.
     */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private Cache cache() {
        Cache cache = caches.getCache(CACHE);
        if (cache == null) {
            throw new IllegalStateException("cache " + CACHE + " is not configured");
        }
        return cache;
    }
}
