package io.aifashion.notification.application;

import io.aifashion.notification.domain.Deliveries;
import io.aifashion.notification.domain.LiveConnections;
import io.aifashion.notification.domain.Notifications;
import io.aifashion.notification.domain.Preferences;
import io.aifashion.notification.domain.PushSubscriptions;
import io.aifashion.notification.domain.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Erases everything this service holds about a deleted account (GDPR Art. 17): inbox, delivery
 * log (with any pending e-mail and its link), push subscriptions, preferences, address and consent;
 * then closes the account's open connections.
 */
@Service
public class PurgeUser {

    private static final Logger log = LoggerFactory.getLogger(PurgeUser.class);

    private final Notifications notifications;
    private final Deliveries deliveries;
    private final PushSubscriptions subscriptions;
    private final Preferences preferences;
    private final Recipients recipients;
    private final LiveConnections connections;

    public PurgeUser(Notifications notifications, Deliveries deliveries, PushSubscriptions subscriptions,
                     Preferences preferences, Recipients recipients, LiveConnections connections) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.preferences = preferences;
        this.recipients = recipients;
        this.connections = connections;
    }

    @Transactional
    public void purge(String userId) {
        int rows = deliveries.deleteUser(userId) + notifications.deleteUser(userId)
                + subscriptions.deleteUser(userId) + preferences.deleteUser(userId) + recipients.deleteUser(userId);
        log.info("Purged {} rows of a deleted account", rows);
        Runnable close = () -> connections.disconnect(userId, "account deleted");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    close.run();
                }
            });
        } else {
            close.run();
        }
    }
}
