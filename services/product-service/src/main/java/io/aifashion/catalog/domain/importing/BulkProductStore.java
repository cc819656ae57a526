package io.aifashion.catalog.domain.importing;

import io.aifashion.catalog.domain.ProductContent;
import java.util.List;
import java.util.UUID;

/** Port: set-at-a-time catalogue writes for imports, in the caller's transaction. */
public interface BulkProductStore {

    /**
     * Makes this caller the only bulk writer (import or demo regeneration) of the catalogue until
     * the returned lock is closed, across processes. Its batches may then run beside each other
     * ({@link #lockBatch()}): their SKUs are distinct, so none can add a SKU another one looked up.
     */
    BulkWriteLock holdBulkWriteLock();

    /**
     * In the caller's transaction, excludes single-product writes (which lock the catalogue
     * exclusively) but not the other batches of the bulk writer holding {@link #holdBulkWriteLock()}.
     */
    void lockBatch();

    /**
     * Creates the products whose SKU is new and replaces those whose content changed, keeping
     * their ids; leaves identical ones alone. SKUs must be distinct within the batch.
     */
    BatchOutcome upsert(List<ProductContent> batch);

    /** Deletes the products whose SKU starts with {@code prefix} but is not in {@code keep}; returns their ids. */
    List<UUID> deleteByPrefixExcept(String prefix, java.util.Set<String> keep);

    /** The held bulk-writer lock; closing releases it. */
    interface BulkWriteLock extends AutoCloseable {
        @Override
        void close();
    }
}
