package io.aifashion.catalog.domain;

import java.util.List;
import java.util.UUID;

/**
 * Port: announces catalogue changes (ProductUpserted, ProductRemoved) through the transactional
 * outbox, in the caller's transaction, so that an event is published if and only if the change
 * commits. Takes lists because imports change thousands of products per batch.
 */
public interface ProductEventSink {

    void upserted(List<Product> products);

    void removed(List<UUID> productIds);
}
