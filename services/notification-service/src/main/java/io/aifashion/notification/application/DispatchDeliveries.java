package io.aifashion.notification.application;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelSender;
import io.aifashion.notification.domain.Deliveries;
import io.aifashion.notification.domain.DeliveryPlanner;
import io.aifashion.notification.domain.DeliveryState;
import io.aifashion.notification.domain.DueDelivery;
import io.aifashion.notification.domain.Notification;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.Preferences;
import io.aifashion.notification.domain.PushSubscription;
import io.aifashion.notification.domain.PushSubscriptions;
import io.aifashion.notification.domain.Recipient;
import io.aifashion.notification.domain.Recipients;
import io.aifashion.notification.domain.RetryPolicy;
import io.aifashion.notification.domain.SendOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes delivery attempts, one delivery per transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances share the work and never attempt the same
 * delivery at once), the channel is tried, and the outcome is written before the row is released.
 *
 * <p>A delivery is marked sent only after the channel accepted it — for e-mail, after the SMTP
 * server's 250 reply to the message data (RFC 5321 §4.1.1.4). The one window for a duplicate is a
 * crash (or a lost database) between that reply and the commit; the resend then carries the same
 * Message-ID, which lets mail systems recognise it.
 */
public class DispatchDeliveries {

    private static final Logger log = LoggerFactory.getLogger(DispatchDeliveries.class);

    private final Deliveries deliveries;
    private final Recipients recipients;
    private final Preferences preferences;
    private final PushSubscriptions subscriptions;
    private final DeliveryPlanner planner;
    private final Map<Channel, ChannelSender> senders;
    private final Map<Channel, RetryPolicy> policies;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeterRegistry meters;

    public DispatchDeliveries(Deliveries deliveries, Recipients recipients, Preferences preferences,
                              PushSubscriptions subscriptions, DeliveryPlanner planner, List<ChannelSender> senders,
                              Map<Channel, RetryPolicy> policies, TransactionTemplate tx, Clock clock,
                              MeterRegistry meters) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.planner = planner;
        this.senders = new EnumMap<>(Channel.class);
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.policies = new EnumMap<>(policies);
        for (Channel c : Channel.values()) {
            if (!this.policies.containsKey(c)) {
                throw new IllegalArgumentException("no retry policy for " + c);
            }
        }
        this.tx = tx;
        this.clock = clock;
        this.meters = meters;
    }

    /** Whether this instance can send on the channel at all (e.g. e-mail needs an SMTP host). */
    public boolean canSend(Channel channel) {
        return senders.containsKey(channel);
    }

    /**
     * Attempts the oldest due delivery of the channel.
     *
     * @return false when nothing was due
     */
    public boolean attemptNext(Channel channel) {
        ChannelSender sender = senders.get(channel);
        if (sender == null) {
            return false;
        }
        Boolean attempted = tx.execute(status -> {
            Instant now = clock.instant();
            Optional<DueDelivery> due = deliveries.claimDue(channel, now);
            due.ifPresent(d -> attempt(d, sender, now));
            return due.isPresent();
        });
        return Boolean.TRUE.equals(attempted);
    }

    private void attempt(DueDelivery d, ChannelSender sender, Instant now) {
        Notification n = d.notification();
        if (d.link() != null && d.link().expiredAt(now)) {
            finish(d, DeliveryState.EXPIRED, "the link expired before it could be sent", false, now);
            return;
        }
        Recipient recipient = recipients.find(n.userId());
        Optional<String> stop = planner.stillAllowed(n.kind(), d.channel(), recipient, preferences.find(n.userId()));
        if (stop.isPresent()) {
            finish(d, DeliveryState.SKIPPED, stop.get() + " (changed before sending)", false, now);
            return;
        }
        PushSubscription subscription = null;
        if (d.channel() == Channel.PUSH) {
            subscription = subscription(d.target()).filter(s -> s.userId().equals(n.userId())).orElse(null);
            if (subscription == null) {
                finish(d, DeliveryState.SKIPPED, "the push subscription was removed before sending", false, now);
                return;
            }
        }
        SendOutcome outcome = sender.send(new OutgoingMessage(d.id(), n, d.address(), recipient.displayName(),
                d.link(), subscription));
        switch (outcome) {
            case SendOutcome.Sent sent -> finish(d, DeliveryState.SENT, sent.detail(), true, now);
            case SendOutcome.Skipped skipped -> finish(d, DeliveryState.SKIPPED, skipped.reason(), true, now);
            case SendOutcome.Gone gone -> {
                subscriptions.forget(UUID.fromString(d.target()));
                finish(d, DeliveryState.SKIPPED, gone.reason(), true, now);
            }
            case SendOutcome.Failed failed -> fail(d, failed.error(), true, now);
            case SendOutcome.Retry retry -> fail(d, retry.error(), false, now);
        }
    }

    private Optional<PushSubscription> subscription(String target) {
        try {
            return subscriptions.find(UUID.fromString(target));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @param attempted whether the channel was tried (attempts count tries, not decisions) */
    private void finish(DueDelivery d, DeliveryState state, String detail, boolean attempted, Instant now) {
        deliveries.record(d.id(), state, d.attempts() + (attempted ? 1 : 0), null, detail, null, now);
        count(d.channel(), state);
        if (state == DeliveryState.SENT) {
            // The business figure: notifications that reached a person, per channel (attempts above
            // also count retries, skips and failures).
            meters.counter("aifashion.notification.sent", "channel", d.channel().wireName()).increment();
        }
    }

    private void fail(DueDelivery d, String error, boolean permanent, Instant now) {
        int failures = d.attempts() + 1;
        RetryPolicy policy = policies.get(d.channel());
        if (permanent || policy.exhausted(failures)) {
            deliveries.record(d.id(), DeliveryState.DEAD, failures, null,
                    permanent ? "failed for good" : "gave up after " + failures + " attempts", error, now);
            log.warn("Delivery {} ({} of notification {}) is dead after {} attempt(s): {}", d.id(),
                    d.channel().wireName(), d.notification().id(), failures, error);
            count(d.channel(), DeliveryState.DEAD);
        } else {
            Instant next = now.plus(policy.delayAfter(failures));
            deliveries.record(d.id(), DeliveryState.FAILED, failures, next, null, error, now);
            log.info("Delivery {} ({}) failed (attempt {}), retrying at {}: {}", d.id(), d.channel().wireName(),
                    failures, next, error);
            count(d.channel(), DeliveryState.FAILED);
        }
    }

    private void count(Channel channel, DeliveryState state) {
        meters.counter("aifashion.notification.delivery.attempts", "channel", channel.wireName(),
                "outcome", state.wireName()).increment();
    }
}
