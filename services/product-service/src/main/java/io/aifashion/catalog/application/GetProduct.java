package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Reads one product. Hot reads are served from the Redis cache {@value #CACHE}; every write path
 * evicts the products it changes once its transaction commits (the cache manager is
 * transaction-aware), so a reader never re-caches a value that is about to be replaced.
 */
@Service
public class GetProduct {

    public static final String CACHE = "products";

    private final ProductRepository products;

    public GetProduct(ProductRepository products) {
        this.products = products;
    }

    @Cacheable(cacheNames = CACHE, key = "#id", unless = "#result == null")
    public Optional<Product> byId(UUID id) {
        return products.findById(id);
    }
}
