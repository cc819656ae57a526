package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;

/** A new account exists. */
public record UserRegistered(String userId, String email, String displayName) implements EventPayload {
    public UserRegistered {
        Checks.required(userId, "userId");
        Checks.required(email, "email");
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
