package io.aifashion.notification.application;

import io.aifashion.notification.domain.ChannelPreferences;
import io.aifashion.notification.domain.Consent;
import io.aifashion.notification.domain.Preferences;
import io.aifashion.notification.domain.Recipient;
import io.aifashion.notification.domain.Recipients;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a user's channel preferences, shown together with the consent they combine with. */
@Service
public class ChangePreferences {

    /**
     * @param emailKnown    whether this service has an e-mail address for the user
     * @param pushAvailable whether this server sends web push at all
     */
    public record View(ChannelPreferences preferences, Consent consent, boolean emailKnown, boolean pushAvailable) {
    }

    private final Preferences preferences;
    private final Recipients recipients;
    private final ManagePushSubscriptions push;

    public ChangePreferences(Preferences preferences, Recipients recipients, ManagePushSubscriptions push) {
        this.preferences = preferences;
        this.recipients = recipients;
        this.push = push;
    }

    @Transactional(readOnly = true)
    public View view(String userId) {
        Recipient recipient = recipients.find(userId);
        return new View(preferences.find(userId), recipient.consent(), recipient.emailAddress().isPresent(),
                push.available());
    }

    @Transactional
    public View replace(String userId, ChannelPreferences channelPreferences) {
        preferences.replace(userId, channelPreferences);
        return view(userId);
    }
}
