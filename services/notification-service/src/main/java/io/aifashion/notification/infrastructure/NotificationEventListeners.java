package io.aifashion.notification.infrastructure;

import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.events.payload.UserNotificationRequested;
import io.aifashion.events.payload.UserRegistered;
import io.aifashion.kit.events.EventInbox;
import io.aifashion.notification.application.EventNotifications;
import io.aifashion.notification.application.PurgeUser;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The events this service consumes. Each is applied through the kit's {@link EventInbox}, in one
 * transaction with the record of its id, so a redelivered event is applied once.
 */
@Component
public class NotificationEventListeners {

    static final String CONSUMER = "notification-service";

    private final EventInbox inbox;
    private final EventNotifications events;
    private final PurgeUser purge;

    public NotificationEventListeners(EventInbox inbox, EventNotifications events, PurgeUser purge) {
        this.inbox = inbox;
        this.events = events;
        this.purge = purge;
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).SKIN_TONE_ANALYZED.topic()}",
            groupId = CONSUMER)
    public void skinToneAnalyzed(String message) {
        inbox.accept(CONSUMER, message, SkinToneAnalyzed.class, (env, e) -> events.skinToneAnalyzed(env.id(), e));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PALETTE_GENERATED.topic()}",
            groupId = CONSUMER)
    public void paletteGenerated(String message) {
        inbox.accept(CONSUMER, message, PaletteGenerated.class, (env, e) -> events.paletteGenerated(env.id(), e));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).RECOMMENDATIONS_REFRESHED.topic()}",
            groupId = CONSUMER)
    public void recommendationsRefreshed(String message) {
        inbox.accept(CONSUMER, message, RecommendationsRefreshed.class,
                (env, e) -> events.recommendationsRefreshed(env.id(), e));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_NOTIFICATION_REQUESTED.topic()}",
            groupId = CONSUMER)
    public void notificationRequested(String message) {
        inbox.accept(CONSUMER, message, UserNotificationRequested.class,
                (env, e) -> events.notificationRequested(env.id(), e));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_REGISTERED.topic()}",
            groupId = CONSUMER)
    public void userRegistered(String message) {
        inbox.accept(CONSUMER, message, UserRegistered.class, (env, e) -> events.userRegistered(e));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PREFERENCES_CHANGED.topic()}",
            groupId = CONSUMER)
    public void preferencesChanged(String message) {
        inbox.accept(CONSUMER, message, PreferencesChanged.class, (env, e) -> events.preferencesChanged(e));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_DELETED.topic()}",
            groupId = CONSUMER)
    public void userDeleted(String message) {
        inbox.accept(CONSUMER, message, UserDeleted.class, (env, e) -> purge.purge(e.userId()));
    }
}
