package io.aifashion.notification.application;

import io.aifashion.notification.domain.ChannelPreferences;
import io.aifashion.notification.domain.Deliveries;
import io.aifashion.notification.domain.DeliveryPlanner;
import io.aifashion.notification.domain.DeliveryState;
import io.aifashion.notification.domain.DispatchSignal;
import io.aifashion.notification.domain.Notification;
import io.aifashion.notification.domain.NotificationContent;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.Notifications;
import io.aifashion.notification.domain.PlannedDelivery;
import io.aifashion.notification.domain.Preferences;
import io.aifashion.notification.domain.PushSubscriptions;
import io.aifashion.notification.domain.Recipient;
import io.aifashion.notification.domain.Recipients;
import io.aifashion.notification.domain.SecretLink;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates a notification for a user and its deliveries, in the transaction that records the source
 * event as processed. The notification is keyed by the source event id and each delivery by
 * (notification, channel, target), so a redelivered event creates nothing twice. The dispatchers
 * are woken once the transaction commits, so a tab hears about it at once.
 */
@Service
public class NotifyUser {

    private final Notifications notifications;
    private final Deliveries deliveries;
    private final Recipients recipients;
    private final Preferences preferences;
    private final PushSubscriptions subscriptions;
    private final DeliveryPlanner planner;
    private final DispatchSignal signal;
    private final Clock clock;

    public NotifyUser(Notifications notifications, Deliveries deliveries, Recipients recipients,
                      Preferences preferences, PushSubscriptions subscriptions, DeliveryPlanner planner,
                      DispatchSignal signal, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.planner = planner;
        this.signal = signal;
        this.clock = clock;
    }

    /**
     * @param securityAddress for account-security kinds, the address to send to; else null
     * @param link            for account-security kinds, the secret link; else null
     * @return whether a new notification was created (false for a repeated source event)
     */
    @Transactional
    public boolean notify(UUID sourceEventId, String userId, NotificationKind kind, NotificationContent content,
                          String securityAddress, SecretLink link) {
        // Microsecond precision: what PostgreSQL stores, so inbox cursors round-trip exactly.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Notification notification = new Notification(UUID.randomUUID(), userId, sourceEventId, kind, content, now,
                null);
        if (!notifications.create(notification)) {
            return false;
        }
        Recipient recipient = recipients.find(userId);
        ChannelPreferences channelPreferences = preferences.find(userId);
        List<PlannedDelivery> plan = planner.plan(kind, recipient, channelPreferences,
                kind.security() ? List.of() : subscriptions.forUser(userId), securityAddress);
        deliveries.add(notification, plan, link, now);
        if (plan.stream().anyMatch(p -> p.state() == DeliveryState.PENDING)) {
            wakeDispatchersAfterCommit();
        }
        return true;
    }

    private void wakeDispatchersAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.deliveriesWaiting();
                }
            });
        } else {
            signal.deliveriesWaiting();
        }
    }
}
