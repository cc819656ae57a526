package io.aifashion.recommender.data;

import java.util.Objects;

/**
 * One implicit-feedback observation: a user's weighted signal on an item at a time. A positive
 * weight is evidence of interest; a negative weight is a dislike.
 */
public record Interaction(String userId, String itemId, double weight, long timestamp) {

    public Interaction {
        userId = requireId("userId", userId);
        itemId = requireId("itemId", itemId);
        if (weight == 0 || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and non-zero, was " + weight);
        }
    }

    /** The interaction an event of the given type stands for. */
    public static Interaction of(String userId, String itemId, EventType type, EventWeights weights, long timestamp) {
        return new Interaction(userId, itemId, weights.weightOf(type), timestamp);
    }

    static String requireId(String name, String id) {
        Objects.requireNonNull(id, name);
        String trimmed = id.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return trimmed;
    }
}
