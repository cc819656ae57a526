package io.aifashion.notification.web;

import java.util.List;

/** A page of the inbox; {@code nextCursor} is null on the last page. */
public record InboxView(List<NotificationView> items, String nextCursor, long unreadCount) {
}
