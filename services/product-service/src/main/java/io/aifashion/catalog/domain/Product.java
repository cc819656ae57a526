package io.aifashion.catalog.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A catalogue entry: its stable id, what it is ({@link ProductContent}) and when it was created and
 * last changed.
 */
public record Product(UUID id, ProductContent content, Instant createdAt, Instant updatedAt) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // Microseconds, as the database keeps them, so that a product reads back as it was written.
        createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
    }
}
