package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;
import java.time.Instant;
import java.util.Set;

/** One entry of the append-only interaction log (the recommendation model's source of truth). */
public record InteractionRecorded(
        String interactionId,
        String userId,
        String productId,
        String kind,
        Instant occurredAt,
        String experimentId,
        String variant) implements EventPayload {

    /** The interaction kinds the system understands. */
    public static final Set<String> KINDS = Set.of("view", "click", "like", "dislike", "add-to-cart", "purchase");

    public InteractionRecorded {
        Checks.required(interactionId, "interactionId");
        Checks.required(userId, "userId");
        Checks.required(productId, "productId");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", was " + kind);
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("occurredAt must not be null");
        }
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
