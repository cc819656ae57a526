package io.aifashion.recommendation.domain.catalogue;

import java.util.List;
import java.util.Optional;

/** The catalogue read model, fed by the product service's events. */
public interface CatalogueRepository {

    /** Inserts or replaces the product (and brings a removed product back). */
    void upsert(Product product);

    /** Marks the product removed; returns false if it was not in the catalogue. */
    boolean remove(String productId);

    /** Every product currently in the catalogue. */
    List<Product> all();

    Optional<Product> find(String productId);

    /** Those of the ids that are products in the catalogue now. */
    java.util.Set<String> existing(java.util.Collection<String> productIds);

    /** A number that grows with every catalogue change (to know when to reload a snapshot). */
    long changeMarker();
}
