package io.aifashion.notification.domain;

import java.util.Objects;

/**
 * One row of a notification's delivery log as first written: pending, or skipped with the reason.
 *
 * @param target  which endpoint of the channel: a push subscription id, empty for e-mail and WebSocket
 * @param address the e-mail address for the e-mail channel, else null
 * @param reason  why it is skipped, null when pending
 */
public record PlannedDelivery(Channel channel, String target, String address, DeliveryState state, String reason) {

    public PlannedDelivery {
        Objects.requireNonNull(channel, "channel");
        target = target == null ? "" : target;
        if (state != DeliveryState.PENDING && state != DeliveryState.SKIPPED) {
            throw new IllegalArgumentException("a planned delivery is pending or skipped, not " + state);
        }
        if (state == DeliveryState.SKIPPED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a skipped delivery needs a reason");
        }
        if (channel == Channel.EMAIL && state == DeliveryState.PENDING && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a pending e-mail needs an address");
        }
    }

    static PlannedDelivery pending(Channel channel, String target, String address) {
        return new PlannedDelivery(channel, target, address, DeliveryState.PENDING, null);
    }

    static PlannedDelivery skipped(Channel channel, String reason) {
        return new PlannedDelivery(channel, "", null, DeliveryState.SKIPPED, reason);
    }
}
