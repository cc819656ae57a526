package io.aifashion.notification.web;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.notification.domain.InboxCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque inbox cursors: base64url of the last entry's creation time and id. */
final class InboxCursors {

    private InboxCursors() {
    }

    static String encode(InboxCursor cursor) {
        if (cursor == null) {
            return null;
        }
        String raw = cursor.createdAt().getEpochSecond() + "." + cursor.createdAt().getNano() + ":" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static InboxCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            int dot = raw.indexOf('.');
            if (colon < 0 || dot < 0 || dot > colon) {
                throw new IllegalArgumentException("shape");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                    Long.parseLong(raw.substring(dot + 1, colon)));
            return new InboxCursor(at, UUID.fromString(raw.substring(colon + 1)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ApiProblem.badRequest("cursor", "is not a cursor this API returned");
        }
    }
}
