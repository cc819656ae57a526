package io.aifashion.catalog.web;

import io.aifashion.catalog.application.GetProduct;
import io.aifashion.kit.web.ApiProblem;
import java.util.UUID;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product's JSON document as {@code GET /api/v1/products/{id}} answers it, served from the Redis
 * cache {@value GetProduct#CACHE}. The cache holds the response body itself, serialised once when
 * the product is read from the database: a hit is then one Redis GET and a copy of its bytes to
 * the socket. (Caching the domain object instead meant deserialising it from JSON, re-validating
 * it and serialising it to JSON again on every hit, and serialising it twice on every miss — on
 * the 1M-product benchmark that work cost more JVM time than the indexed read it saved;
 * bench/README.md.) The writes evict the same cache by product id when their transaction commits
 * (the cache manager is transaction-aware), so a changed product is never served stale.
 */
@Component
class ProductJson {

    private final GetProduct products;
    private final CacheManager caches;
    private final CacheErrorHandler errors;
    private final JsonMapper json;

    ProductJson(GetProduct products, CacheManager caches, CacheErrorHandler errors, JsonMapper json) {
        this.products = products;
        this.caches = caches;
        this.errors = errors;
        this.json = json;
    }

    /** The document, or 404 naming the product. */
    byte[] of(UUID id) {
        Cache cache = caches.getCache(GetProduct.CACHE);
        byte[] cached = cache == null ? null : cached(cache, id);
        if (cached != null) {
            return cached;
        }
        byte[] body = products.byId(id).map(p -> json.writeValueAsBytes(ProductResponse.of(p)))
                .orElseThrow(() -> ApiProblem.notFound("product", id));
        if (cache != null) {
            try {
                cache.put(id, body);
            } catch (RuntimeException e) {
                errors.handleCachePutError(e, cache, id, body);
            }
        }
        return body;
    }

    /**
     * The cached document, or null. An unreachable Redis is a miss, handled as the annotated caches'
     * errors are (the service kit's handler counts and logs it): the database answers instead.
     */
    private byte[] cached(Cache cache, UUID id) {
        try {
            return cache.get(id, byte[].class);
        } catch (RuntimeException e) {
            errors.handleCacheGetError(e, cache, id);
            return null;
        }
    }
}
