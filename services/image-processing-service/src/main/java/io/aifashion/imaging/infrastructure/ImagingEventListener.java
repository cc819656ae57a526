package io.aifashion.imaging.infrastructure;

import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.imaging.application.PurgeUser;
import io.aifashion.imaging.application.RecordConsent;
import io.aifashion.kit.events.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the photo-consent read model and purges deleted users, each event applied once. */
@Component
public class ImagingEventListener {

    static final String CONSUMER = "image-processing-service";

    private final EventInbox inbox;
    private final RecordConsent consent;
    private final PurgeUser purge;

    public ImagingEventListener(EventInbox inbox, RecordConsent consent, PurgeUser purge) {
        this.inbox = inbox;
        this.consent = consent;
        this.purge = purge;
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).PREFERENCES_CHANGED.topic()}", groupId = CONSUMER)
    public void onPreferences(String message) {
        inbox.accept(CONSUMER, message, PreferencesChanged.class, (envelope, event) ->
                consent.record(event.userId(), event.consentStorePhotos(), envelope.occurredAt()));
    }

    @KafkaListener(topics = "#{T(io.aifashion.events.EventType).USER_DELETED.topic()}", groupId = CONSUMER)
    public void onUserDeleted(String message) {
        inbox.accept(CONSUMER, message, UserDeleted.class, (envelope, event) -> purge.purge(event.userId()));
    }
}
