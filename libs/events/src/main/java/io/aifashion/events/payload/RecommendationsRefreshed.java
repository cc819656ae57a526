package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;

/** A user's recommendations changed noticeably (new palette, new model). */
public record RecommendationsRefreshed(String userId, int count, String modelVersion, String reason)
        implements EventPayload {
    public RecommendationsRefreshed {
        Checks.required(userId, "userId");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
