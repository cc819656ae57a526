package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;

/** An account was deleted: every service must purge everything it holds about this user. */
public record UserDeleted(String userId) implements EventPayload {
    public UserDeleted {
        Checks.required(userId, "userId");
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
