package io.aifashion.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: products by id, and single-product writes. */
public interface ProductRepository {

    Optional<Product> findById(UUID id);

    /** The products with these ids that exist, in no particular order. */
    List<Product> findAll(Collection<UUID> ids);

    /** Inserts a product; false (and nothing written) when its SKU is taken. */
    boolean insert(Product product);

    /**
     * Replaces a product's content; false when it does not exist.
     *
     * @throws SkuTakenException when the new SKU belongs to another product
     */
    boolean update(Product product);

    /** Deletes a product; false when it did not exist. */
    boolean delete(UUID id);

    /** Whether the catalogue holds no product at all. */
    boolean isEmpty();

    /** Serialises catalogue writes with each other (single writes and import batches). */
    void lockForWrites();
}
