package io.aifashion.notification.application;

import io.aifashion.events.MalformedEventException;
import io.aifashion.events.payload.NamedColor;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.events.payload.UserNotificationRequested;
import io.aifashion.events.payload.UserRegistered;
import io.aifashion.notification.domain.Announcements;
import io.aifashion.notification.domain.Consent;
import io.aifashion.notification.domain.NotificationContent;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.Recipients;
import io.aifashion.notification.domain.SecretLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What each event this service consumes means for the people it notifies. Runs inside the
 * transaction that marks the event processed (the kit's {@code EventInbox}).
 */
@Service
public class EventNotifications {

    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

    private final NotifyUser notifyUser;
    private final Recipients recipients;

    public EventNotifications(NotifyUser notifyUser, Recipients recipients) {
        this.notifyUser = notifyUser;
        this.recipients = recipients;
    }

    public void skinToneAnalyzed(UUID eventId, SkinToneAnalyzed e) {
        if (e.userId() == null) {
            // An anonymous analysis: its result went back in the HTTP response, and there is no one to notify.
            log.debug("Analysis {} was anonymous; nobody to notify", e.analysisId());
            return;
        }
        notifyUser.notify(eventId, e.userId(), NotificationKind.ANALYSIS_READY,
                Announcements.analysisReady(e.analysisId(), e.monkTone(), e.undertone(), e.season(), e.skinHex()),
                null, null);
    }

    public void paletteGenerated(UUID eventId, PaletteGenerated e) {
        notifyUser.notify(eventId, e.userId(), NotificationKind.PALETTE_READY,
                Announcements.paletteReady(e.analysisId(), e.season(),
                        e.wearable().stream().map(NamedColor::hex).toList()),
                null, null);
    }

    public void recommendationsRefreshed(UUID eventId, RecommendationsRefreshed e) {
        if (e.count() == 0) {
            // Nothing new to look at; a notification would only be noise.
            log.debug("Recommendations for {} refreshed to none; not notifying", e.userId());
            return;
        }
        notifyUser.notify(eventId, e.userId(), NotificationKind.RECOMMENDATIONS_REFRESHED,
                Announcements.recommendationsRefreshed(e.count(), e.reason()), null, null);
    }

    /**
     * Verification and password-reset links. An unknown kind is a contract this service does not
     * understand yet: the event goes to the dead-letter topic (to be replayed once it does) rather
     * than being dropped.
     */
    public void notificationRequested(UUID eventId, UserNotificationRequested e) {
        NotificationKind kind = NotificationKind.fromWire(e.kind()).filter(NotificationKind::security)
                .orElseThrow(() -> new MalformedEventException(
                        "event " + eventId + " asks for an unknown notification kind " + e.kind(), null));
        SecretLink link;
        try {
            link = new SecretLink(new URI(e.actionUrl()), e.expiresAt());
        } catch (URISyntaxException | IllegalArgumentException ex) {
            throw new MalformedEventException("event " + eventId + " carries an unusable action link", null);
        }
        if (e.displayName() != null && !e.displayName().isBlank()) {
            // The greeting: a verification may come before this service has heard of the user at all.
            recipients.saveDisplayName(e.userId(), e.displayName());
        }
        NotificationContent content = kind == NotificationKind.EMAIL_VERIFICATION
                ? Announcements.emailVerification(e.expiresAt())
                : Announcements.passwordReset(e.expiresAt());
        notifyUser.notify(eventId, e.userId(), kind, content, e.email(), link);
    }

    public void userRegistered(UserRegistered e) {
        recipients.saveContact(e.userId(), e.email(), e.displayName());
    }

    public void preferencesChanged(PreferencesChanged e) {
        recipients.saveConsent(e.userId(), new Consent(e.consentEmails(), e.consentPush()));
    }
}
