package io.aifashion.notification.domain;

import java.util.List;

/** One page of an inbox, newest first; {@code next} is absent on the last page. */
public record InboxPage(List<Notification> items, InboxCursor next, long unreadCount) {
    public InboxPage {
        items = List.copyOf(items);
    }
}
