package io.aifashion.catalog.application;

import java.util.UUID;

/** No product has this id. */
public final class ProductNotFoundException extends RuntimeException {

    private final UUID id;

    public ProductNotFoundException(UUID id) {
        super("product " + id + " does not exist");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
