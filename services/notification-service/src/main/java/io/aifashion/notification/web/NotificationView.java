package io.aifashion.notification.web;

import io.aifashion.notification.domain.Notification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An inbox entry: the same fields as the WebSocket and push messages, plus when it was read. */
public record NotificationView(UUID id, String type, String title, String body, Map<String, Object> data,
                               Instant createdAt, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.kind().wireName(), n.content().title(), n.content().body(),
                n.content().data(), n.createdAt(), n.readAt());
    }
}
