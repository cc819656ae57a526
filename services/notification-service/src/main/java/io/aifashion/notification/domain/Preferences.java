package io.aifashion.notification.domain;

/** A port: users' channel preferences. */
public interface Preferences {

    ChannelPreferences find(String userId);

    void replace(String userId, ChannelPreferences preferences);

    int deleteUser(String userId);
}
