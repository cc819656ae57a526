package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.ProductEventSink;
import io.aifashion.catalog.domain.ProductRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes a product and announces it (ProductRemoved) in the same transaction. */
@Service
public class DeleteProduct {

    private final ProductRepository products;
    private final ProductEventSink events;

    public DeleteProduct(ProductRepository products, ProductEventSink events) {
        this.products = products;
        this.events = events;
    }

    /** @throws ProductNotFoundException when there is no such product */
    @Transactional
    @CacheEvict(cacheNames = GetProduct.CACHE, key = "#id")
    public void delete(UUID id) {
        products.lockForWrites();
        if (!products.delete(id)) {
            throw new ProductNotFoundException(id);
        }
        events.removed(List.of(id));
    }
}
