package io.aifashion.recommender.ranking;

import java.util.List;
import java.util.Objects;

/**
 * Why an item was recommended: the dominant signal, a human-readable message, and the external ids
 * of the items the message refers to (so a client can show their names or pictures).
 */
public record Explanation(Signal signal, String message, List<String> relatedItemIds) {

    public Explanation {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        relatedItemIds = List.copyOf(relatedItemIds);
    }

    public static Explanation of(Signal signal, String message) {
        return new Explanation(signal, message, List.of());
    }
}
