package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelPreferences;
import io.aifashion.notification.domain.NotificationKind;
import io.aifashion.notification.domain.Preferences;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Channel preferences in PostgreSQL, stored as the (kind, channel) pairs switched off. */
@Repository
public class JdbcPreferences implements Preferences {

    private final JdbcClient jdbc;

    public JdbcPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChannelPreferences find(String userId) {
        Map<NotificationKind, Set<Channel>> muted = new EnumMap<>(NotificationKind.class);
        jdbc.sql("select kind, channel from muted_channel where user_id = :user").param("user", userId)
                .query((rs, i) -> Map.entry(rs.getString("kind"), rs.getString("channel"))).list()
                // Rows written by a newer version with kinds or channels this one does not know are ignored.
                .forEach(row -> NotificationKind.fromWire(row.getKey()).filter(k -> !k.security()).ifPresent(kind ->
                        Channel.fromWire(row.getValue()).ifPresent(channel ->
                                muted.computeIfAbsent(kind, k -> EnumSet.noneOf(Channel.class)).add(channel))));
        return new ChannelPreferences(muted);
    }

    @Override
    public void replace(String userId, ChannelPreferences preferences) {
        jdbc.sql("delete from muted_channel where user_id = :user").param("user", userId).update();
        preferences.muted().forEach((kind, channels) -> channels.forEach(channel ->
                jdbc.sql("insert into muted_channel (user_id, kind, channel) values (:user, :kind, :channel)")
                        .param("user", userId).param("kind", kind.wireName()).param("channel", channel.wireName())
                        .update()));
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from muted_channel where user_id = :user").param("user", userId).update();
    }
}
