package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;

/** A product left the catalogue. */
public record ProductRemoved(String productId) implements EventPayload {
    public ProductRemoved {
        Checks.required(productId, "productId");
    }

    @Override
    public String partitionKey() {
        return productId;
    }
}
