package io.aifashion.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for one notification, which channels it goes out on and why the others do not. Every
 * channel the kind may use gets a row — pending, or skipped with a reason a support person can read
 * — so that the delivery log answers "why did I not get an e-mail?".
 */
public final class DeliveryPlanner {

    static final String NO_CONSENT_EMAIL = "the user has not agreed to e-mails";
    static final String NO_CONSENT_PUSH = "the user has not agreed to push notifications";
    static final String MUTED = "switched off in the user's notification preferences";
    static final String NO_ADDRESS = "no e-mail address known for the user";
    static final String NO_SUBSCRIPTION = "the user has no push subscription";
    static final String PUSH_OFF = "web push is not configured on this server";

    private final boolean pushAvailable;

    /** @param pushAvailable whether this server can send web push (VAPID keys configured) */
    public DeliveryPlanner(boolean pushAvailable) {
        this.pushAvailable = pushAvailable;
    }

    /**
     * @param securityAddress for account-security kinds, the address the message must go to (the
     *                        identity service names it: it may be a new, not yet verified one)
     */
    public List<PlannedDelivery> plan(NotificationKind kind, Recipient recipient, ChannelPreferences preferences,
                                      List<PushSubscription> subscriptions, String securityAddress) {
        List<PlannedDelivery> plan = new ArrayList<>();
        if (kind.security()) {
            if (securityAddress == null || securityAddress.isBlank()) {
                throw new IllegalArgumentException(kind.wireName() + " needs an e-mail address");
            }
            plan.add(PlannedDelivery.pending(Channel.EMAIL, "", securityAddress.strip()));
            return plan;
        }
        plan.add(preferences.allows(kind, Channel.WEBSOCKET)
                ? PlannedDelivery.pending(Channel.WEBSOCKET, "", null)
                : PlannedDelivery.skipped(Channel.WEBSOCKET, MUTED));
        plan.add(email(kind, recipient, preferences));
        plan.addAll(push(kind, recipient, preferences, subscriptions));
        return plan;
    }

    /**
     * Whether a delivery planned earlier may still go out now; consent withdrawn or a channel
     * switched off since it was planned stops it.
     *
     * @return the reason to skip it instead, or empty to go ahead
     */
    public Optional<String> stillAllowed(NotificationKind kind, Channel channel, Recipient recipient,
                                         ChannelPreferences preferences) {
        if (kind.security()) {
            return Optional.empty();
        }
        if (channel == Channel.EMAIL && !recipient.consent().email()) {
            return Optional.of(NO_CONSENT_EMAIL);
        }
        if (channel == Channel.PUSH && !recipient.consent().push()) {
            return Optional.of(NO_CONSENT_PUSH);
        }
        if (!preferences.allows(kind, channel)) {
            return Optional.of(MUTED);
        }
        return Optional.empty();
    }

    private static PlannedDelivery email(NotificationKind kind, Recipient recipient, ChannelPreferences preferences) {
        if (!recipient.consent().email()) {
            return PlannedDelivery.skipped(Channel.EMAIL, NO_CONSENT_EMAIL);
        }
        if (!preferences.allows(kind, Channel.EMAIL)) {
            return PlannedDelivery.skipped(Channel.EMAIL, MUTED);
        }
        return recipient.emailAddress()
                .map(address -> PlannedDelivery.pending(Channel.EMAIL, "", address))
                .orElseGet(() -> PlannedDelivery.skipped(Channel.EMAIL, NO_ADDRESS));
    }

    private List<PlannedDelivery> push(NotificationKind kind, Recipient recipient, ChannelPreferences preferences,
                                       List<PushSubscription> subscriptions) {
        if (!pushAvailable) {
            return List.of(PlannedDelivery.skipped(Channel.PUSH, PUSH_OFF));
        }
        if (!recipient.consent().push()) {
            return List.of(PlannedDelivery.skipped(Channel.PUSH, NO_CONSENT_PUSH));
        }
        if (!preferences.allows(kind, Channel.PUSH)) {
            return List.of(PlannedDelivery.skipped(Channel.PUSH, MUTED));
        }
        if (subscriptions.isEmpty()) {
            return List.of(PlannedDelivery.skipped(Channel.PUSH, NO_SUBSCRIPTION));
        }
        return subscriptions.stream()
                .map(s -> PlannedDelivery.pending(Channel.PUSH, s.id().toString(), null))
                .toList();
    }
}
