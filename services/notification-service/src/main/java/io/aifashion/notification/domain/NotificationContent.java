package io.aifashion.notification.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a notification says: a short title (also the e-mail subject), a one-paragraph body, and
 * structured data a client can act on (ids, colours). Data values are strings, numbers, booleans
 * or lists of them; absent values are left out rather than stored as nulls.
 */
public record NotificationContent(String title, String body, Map<String, Object> data) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 2000;

    public NotificationContent {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1.." + MAX_TITLE + " characters");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body must be 1.." + MAX_BODY + " characters");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        if (data != null) {
            data.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        data = Collections.unmodifiableMap(copy);
    }
}
