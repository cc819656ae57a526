package io.aifashion.notification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A delivery claimed for an attempt, with the notification it carries.
 *
 * @param target   a push subscription id for the push channel, else empty
 * @param attempts failed attempts so far
 */
public record DueDelivery(UUID id, Notification notification, Channel channel, String target, String address,
                          int attempts, SecretLink link) {

    public DueDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(channel, "channel");
        target = target == null ? "" : target;
    }
}
