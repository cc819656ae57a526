package io.aifashion.recommendation.domain.interaction;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the interaction log.
 *
 * @param experimentId the running experiment the product was shown under, if any
 * @param variant      that experiment's variant for this user
 */
public record Interaction(UUID id, String userId, String productId, InteractionKind kind, Instant occurredAt,
                          UUID experimentId, String variant) {

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (userId == null || userId.isBlank() || productId == null || productId.isBlank()) {
            throw new IllegalArgumentException("an interaction needs a user and a product");
        }
        if ((experimentId == null) != (variant == null)) {
            throw new IllegalArgumentException("experiment and variant go together");
        }
    }

    public Interaction attributedTo(UUID experiment, String variantName) {
        return new Interaction(id, userId, productId, kind, occurredAt, experiment, variantName);
    }
}
