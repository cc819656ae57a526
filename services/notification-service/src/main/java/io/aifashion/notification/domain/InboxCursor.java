package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Keyset position in an inbox ordered newest first: the last entry of the previous page. */
public record InboxCursor(Instant createdAt, UUID id) {
    public InboxCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
