package io.aifashion.notification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Everything a channel needs to send one delivery.
 *
 * @param deliveryId   the delivery's id; also the stable e-mail Message-ID, so a resend is recognisable
 * @param address      the e-mail address (e-mail channel), else null
 * @param displayName  how to greet the person, or null
 * @param link         the secret link of an account-security message, else null
 * @param subscription the push subscription (push channel), else null
 */
public record OutgoingMessage(UUID deliveryId, Notification notification, String address, String displayName,
                              SecretLink link, PushSubscription subscription) {

    public OutgoingMessage {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(notification, "notification");
    }
}
