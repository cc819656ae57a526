package io.aifashion.events.payload;

import io.aifashion.events.EventPayload;
import java.time.Instant;

/**
 * The identity context asks for a message to a user that only the user may see — an e-mail
 * verification or password-reset link. The link travels only here and in the message itself,
 * never in an API response.
 */
public record UserNotificationRequested(
        String userId,
        String email,
        String displayName,
        String kind,
        String actionUrl,
        Instant expiresAt) implements EventPayload {

    public UserNotificationRequested {
        Checks.required(userId, "userId");
        Checks.required(email, "email");
        Checks.required(kind, "kind");
        Checks.required(actionUrl, "actionUrl");
    }

    @Override
    public String partitionKey() {
        return userId;
    }
}
