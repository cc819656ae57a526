package io.aifashion.catalog.domain.importing;

import io.aifashion.catalog.domain.Product;
import java.util.List;

/**
 * What one import batch did.
 *
 * @param created   products that did not exist
 * @param updated   products whose content changed
 * @param unchanged rows identical to what the catalogue holds
 */
public record BatchOutcome(List<Product> created, List<Product> updated, int unchanged) {
    public BatchOutcome {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
    }
}
