package io.aifashion.notification.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which channels a user has switched off for which kinds of notification. Everything is on until
 * switched off; account-security kinds cannot be switched off at all. This sits on top of consent:
 * a channel that is on here still needs the user's consent to e-mail or push.
 */
public record ChannelPreferences(Map<NotificationKind, Set<Channel>> muted) {

    public ChannelPreferences {
        Map<NotificationKind, Set<Channel>> copy = new EnumMap<>(NotificationKind.class);
        if (muted != null) {
            muted.forEach((kind, channels) -> {
                if (kind.security()) {
                    throw new IllegalArgumentException(kind.wireName() + " messages cannot be switched off");
                }
                if (channels != null && !channels.isEmpty()) {
                    copy.put(kind, Collections.unmodifiableSet(EnumSet.copyOf(channels)));
                }
            });
        }
        muted = Collections.unmodifiableMap(copy);
    }

    public static ChannelPreferences defaults() {
        return new ChannelPreferences(Map.of());
    }

    public boolean allows(NotificationKind kind, Channel channel) {
        if (!kind.channels().contains(channel)) {
            return false;
        }
        return kind.security() || !muted.getOrDefault(kind, Set.of()).contains(channel);
    }
}
