package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.ProductEventSink;
import io.aifashion.catalog.domain.ProductRepository;
import io.aifashion.catalog.domain.SkuTakenException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces a product's content (PUT semantics). Replacing with identical content changes nothing and
 * publishes nothing, so a retried request is harmless.
 */
@Service
public class ReplaceProduct {

    private final ProductRepository products;
    private final ProductEventSink events;
    private final Clock clock;

    public ReplaceProduct(ProductRepository products, ProductEventSink events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ProductNotFoundException when there is no such product
     * @throws SkuTakenException        when the new SKU belongs to another product
     */
    @Transactional
    @CacheEvict(cacheNames = GetProduct.CACHE, key = "#id")
    public Product replace(UUID id, ProductContent content) {
        products.lockForWrites();
        Product existing = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        if (existing.content().contentHash() == content.contentHash()) {
            return existing;
        }
        Product replaced = new Product(id, content, existing.createdAt(), clock.instant());
        if (!products.update(replaced)) {
            throw new ProductNotFoundException(id);
        }
        events.upserted(List.of(replaced));
        return replaced;
    }
}
