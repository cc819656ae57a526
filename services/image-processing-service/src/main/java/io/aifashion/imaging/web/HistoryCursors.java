package io.aifashion.imaging.web;

import io.aifashion.imaging.domain.HistoryCursor;
import io.aifashion.kit.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque history cursors: base64url of the last entry's creation time and id. */
final class HistoryCursors {

    private HistoryCursors() {
    }

    static String encode(HistoryCursor cursor) {
        if (cursor == null) {
            return null;
        }
        String raw = cursor.createdAt().getEpochSecond() + "." + cursor.createdAt().getNano() + ":" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static HistoryCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int dot = raw.indexOf('.');
            int colon = raw.indexOf(':');
            if (dot < 0 || colon < dot) {
                throw new IllegalArgumentException("shape");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(raw.substring(0, dot)),
                    Long.parseLong(raw.substring(dot + 1, colon)));
            return new HistoryCursor(at, UUID.fromString(raw.substring(colon + 1)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ApiProblem.badRequest("cursor", "is not a cursor this API returned");
        }
    }
}
