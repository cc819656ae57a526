package io.aifashion.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A port: users' inboxes. */
public interface Notifications {

    /** Stores a notification unless one exists for the same source event; returns whether it was new. */
    boolean create(Notification notification);

    /** Newest first, after {@code cursor} (null for the first page). */
    InboxPage page(String userId, int limit, InboxCursor cursor, boolean unreadOnly);

    Optional<Notification> find(String userId, UUID id);

    /** Marks read (keeping an earlier read time) and returns it; empty if the user has no such notification. */
    Optional<Notification> markRead(String userId, UUID id, Instant at);

    long unreadCount(String userId);

    List<Notification> all(String userId);

    int deleteUser(String userId);
}
