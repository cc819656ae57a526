package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.ProductEventSink;
import io.aifashion.catalog.domain.ProductIds;
import io.aifashion.catalog.domain.ProductRepository;
import io.aifashion.catalog.domain.SkuTakenException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a product and announces it (ProductUpserted) in the same transaction. */
@Service
public class CreateProduct {

    private final ProductRepository products;
    private final ProductEventSink events;
    private final Clock clock;

    public CreateProduct(ProductRepository products, ProductEventSink events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /** @throws SkuTakenException when another product has the SKU (nothing is written) */
    @Transactional
    public Product create(ProductContent content) {
        products.lockForWrites();
        Instant now = clock.instant();
        Product product = new Product(ProductIds.next(now), content, now, now);
        if (!products.insert(product)) {
            throw new SkuTakenException(content.sku());
        }
        events.upserted(List.of(product));
        return product;
    }
}
