package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reads one product from the repository. The web layer caches what it answers for a product in
 * the Redis cache {@value #CACHE} (its JSON document, so that a hit is not deserialised and
 * serialised again); every write path evicts the products it changes from that cache once its
 * transaction commits (the cache manager is transaction-aware), so a reader never re-caches a
 * value that is about to be replaced.
 */
@Service
public class GetProduct {

    public static final String CACHE = "products";

    private final ProductRepository products;

    public GetProduct(ProductRepository products) {
        this.products = products;
    }

    public Optional<Product> byId(UUID id) {
        return products.findById(id);
    }
}
