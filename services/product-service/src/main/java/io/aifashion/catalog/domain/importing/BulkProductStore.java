package io.aifashion.catalog.domain.importing;

import io.aifashion.catalog.domain.ProductContent;
import java.util.List;
import java.util.UUID;

/** Port: set-at-a-time catalogue writes for imports, in the caller's transaction. */
public interface BulkProductStore {

    /**
     * Creates the products whose SKU is new and replaces those whose content changed, keeping
     * their ids; leaves identical ones alone. SKUs must be distinct within the batch.
     */
    BatchOutcome upsert(List<ProductContent> batch);

    /** Deletes the products whose SKU starts with {@code prefix} but is not in {@code keep}; returns their ids. */
    List<UUID> deleteByPrefixExcept(String prefix, java.util.Set<String> keep);
}
