package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.ProductEventSink;
import io.aifashion.catalog.domain.ProductRepository;
import io.aifashion.catalog.domain.importing.BatchOutcome;
import io.aifashion.catalog.domain.importing.BulkProductStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes batches of products for imports and the demo catalogue. Each batch is one transaction:
 * the rows, their colour-index entries and one outbox event per product that actually changed
 * commit together or not at all, so a batch is never half-written and an unchanged row publishes
 * nothing. Cached copies of changed products are evicted when the batch commits.
 */
@Component
public class CatalogueWriter {

    private final TransactionTemplate tx;
    private final ProductRepository products;
    private final BulkProductStore store;
    private final ProductEventSink events;
    private final CacheManager caches;

    public CatalogueWriter(PlatformTransactionManager txm, ProductRepository products, BulkProductStore store,
                           ProductEventSink events, CacheManager caches) {
        this.tx = new TransactionTemplate(txm);
        this.products = products;
        this.store = store;
        this.events = events;
        this.caches = caches;
    }

    public BatchOutcome write(List<ProductContent> batch) {
        return tx.execute(status -> {
            products.lockForWrites();
            BatchOutcome outcome = store.upsert(batch);
            List<Product> changed = new ArrayList<>(outcome.created().size() + outcome.updated().size());
            changed.addAll(outcome.created());
            changed.addAll(outcome.updated());
            if (!changed.isEmpty()) {
                events.upserted(changed);
            }
            evict(outcome.updated().stream().map(Product::id).toList());
            return outcome;
        });
    }

    /** Deletes the products with SKU prefix {@code prefix} not in {@code keep}; returns how many. */
    public int deleteByPrefixExcept(String prefix, Set<String> keep) {
        Integer removed = tx.execute(status -> {
            products.lockForWrites();
            List<UUID> ids = store.deleteByPrefixExcept(prefix, keep);
            if (!ids.isEmpty()) {
                events.removed(ids);
            }
            evict(ids);
            return ids.size();
        });
        return removed == null ? 0 : removed;
    }

    private void evict(List<UUID> ids) {
        Cache cache = caches.getCache(GetProduct.CACHE);
        if (cache != null) {
            ids.forEach(cache::evict);
        }
    }
}
