package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape of a notification on the real-time channels (WebSocket and web push):
 * {@code {type, title, body, data, createdAt, id}}, the same fields as an inbox entry.
 */
@Component
public class LiveMessages {

    private final JsonMapper json;

    public LiveMessages(JsonMapper json) {
        this.json = json;
    }

    public String notification(Notification n) {
        return json.writeValueAsString(shape(n.kind().wireName(), n.content().title(), n.content().body(),
                n.content().data(), n.createdAt(), n.id().toString()));
    }

    /**
     * The notification as UTF-8, shrunk to fit {@code maxBytes}: first without its data, then with
     * a shortened body — a web push message has a hard size limit (RFC 8291 §4).
     */
    public byte[] notificationWithin(Notification n, int maxBytes) {
        byte[] full = notification(n).getBytes(StandardCharsets.UTF_8);
        if (full.length <= maxBytes) {
            return full;
        }
        String body = n.content().body();
        while (true) {
            byte[] lean = json.writeValueAsString(shape(n.kind().wireName(), n.content().title(), body, Map.of(),
                    n.createdAt(), n.id().toString())).getBytes(StandardCharsets.UTF_8);
            if (lean.length <= maxBytes || body.length() <= 1) {
                return lean;
            }
            body = body.substring(0, Math.max(1, body.length() - (lean.length - maxBytes) - 1)) + "…";
        }
    }

    /** Sent once when a connection is accepted, so the client knows it is listening and how many are unread. */
    public String connected(long unread, Instant at) {
        return json.writeValueAsString(shape("connected", null, null, Map.of("unread", unread), at, null));
    }

    private static Map<String, Object> shape(String type, String title, String body, Map<String, Object> data,
                                             Instant createdAt, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("title", title);
        m.put("body", body);
        m.put("data", data);
        m.put("createdAt", createdAt == null ? null : createdAt.toString());
        m.put("id", id);
        return m;
    }
}
