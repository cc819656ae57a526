package io.aifashion.imaging.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Keyset position in a history (newest first): the last entry's creation time and id (the tie-breaker). */
public record HistoryCursor(Instant createdAt, UUID id) {

    public HistoryCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static HistoryCursor after(Analysis a) {
        return new HistoryCursor(a.createdAt(), a.id());
    }
}
