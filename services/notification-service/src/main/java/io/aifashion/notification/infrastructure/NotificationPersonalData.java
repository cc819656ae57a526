package io.aifashion.notification.infrastructure;

import io.aifashion.kit.privacy.PersonalDataSection;
import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelPreferences;
import io.aifashion.notification.domain.Deliveries;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.Notifications;
import io.aifashion.notification.domain.Preferences;
import io.aifashion.notification.domain.PushSubscriptions;
import io.aifashion.notification.domain.Recipient;
import io.aifashion.notification.domain.Recipients;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What this service holds about a person, for the data export (GDPR Art. 15/20): the inbox, the
 * delivery log (with the addresses used), push subscriptions (endpoints, not keys, which are the
 * browser's secrets) and notification settings. {@code UserDeleted} erases all of it.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationPersonalData {

    @Bean
    public PersonalDataSection notificationInboxSection(Notifications notifications) {
        return section("notifications", userId -> notifications.all(userId).stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id().toString());
            m.put("type", n.kind().wireName());
            m.put("title", n.content().title());
            m.put("body", n.content().body());
            m.put("data", n.content().data());
            m.put("createdAt", n.createdAt().toString());
            m.put("readAt", n.readAt() == null ? null : n.readAt().toString());
            return m;
        }).toList());
    }

    @Bean
    public PersonalDataSection notificationDeliveriesSection(Deliveries deliveries) {
        return section("notification-deliveries", userId -> deliveries.forUser(userId).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id().toString());
            m.put("notificationId", d.notificationId().toString());
            m.put("channel", d.channel().wireName());
            m.put("address", d.address());
            m.put("state", d.state().wireName());
            m.put("attempts", d.attempts());
            m.put("detail", d.detail());
            m.put("lastError", d.lastError());
            m.put("createdAt", d.createdAt().toString());
            m.put("sentAt", d.sentAt() == null ? null : d.sentAt().toString());
            return m;
        }).toList());
    }

    @Bean
    public PersonalDataSection pushSubscriptionsSection(PushSubscriptions subscriptions) {
        return section("push-subscriptions", userId -> subscriptions.forUser(userId).stream()
                .map(s -> Map.of("id", s.id().toString(), "endpoint", s.endpoint().toString(),
                        "createdAt", s.createdAt().toString()))
                .toList());
    }

    @Bean
    public PersonalDataSection notificationSettingsSection(Recipients recipients, Preferences preferences) {
        return section("notification-settings", userId -> {
            Recipient r = recipients.find(userId);
            ChannelPreferences p = preferences.find(userId);
            Map<String, Object> channels = new LinkedHashMap<>();
            for (NotificationKind kind : NotificationKind.configurable()) {
                Map<String, Boolean> on = new LinkedHashMap<>();
                for (Channel c : kind.channels()) {
                    on.put(c.wireName(), p.allows(kind, c));
                }
                channels.put(kind.wireName(), on);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", r.email());
            m.put("displayName", r.displayName());
            m.put("consent", Map.of("email", r.consent().email(), "push", r.consent().push()));
            m.put("channels", channels);
            return m;
        });
    }

    private static PersonalDataSection section(String name, java.util.function.Function<String, Object> export) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object export(String userId) {
                return export.apply(userId);
            }
        };
    }
}
