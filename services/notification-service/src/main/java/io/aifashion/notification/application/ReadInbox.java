package io.aifashion.notification.application;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.notification.domain.InboxCursor;
import io.aifashion.notification.domain.InboxPage;
import io.aifashion.notification.domain.Notification;
import io.aifashion.notification.domain.Notifications;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's inbox: pages of notifications, newest first, and marking them read. */
@Service
public class ReadInbox {

    public static final int MAX_LIMIT = 100;

    private final Notifications notifications;
    private final Clock clock;

    public ReadInbox(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InboxPage page(String userId, int limit, InboxCursor after, boolean unreadOnly) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return notifications.page(userId, limit, after, unreadOnly);
    }

    /** Marks one of the user's notifications read; reading it again keeps the first read time. */
    @Transactional
    public Notification markRead(String userId, UUID id) {
        // Another user's notification is "not found", not "forbidden": its existence is not for them to learn.
        return notifications.markRead(userId, id, clock.instant())
                .orElseThrow(() -> ApiProblem.notFound("Notification", id));
    }
}
