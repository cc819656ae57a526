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

    /**
     * Makes the caller the catalogue's one bulk writer until the lock is closed; {@link #write}
     * may only be called while it is held, and then from several threads at once.
     */
    public BulkProductStore.BulkWriteLock holdBulkWriteLock() {
        return store.holdBulkWriteLock();
    }

    /** Writes one batch in its own transaction; the caller holds {@link #holdBulkWriteLock()}. */
    public BatchOutcome write(List<ProductContent> batch) {
        return tx.execute(status -> {
            store.lockBatch();
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
