package io.aifashion.catalog.web;

import io.aifashion.catalog.domain.listing.Keyset;
import io.aifashion.catalog.domain.listing.ProductSort;
import io.aifashion.kit.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque page cursors: base64url of {@code <sort>|<value>|<id>} ({@code ~} for a null value).
 * Opaque so that clients pass them back rather than build them; a cursor that does not decode is a
 * 400 naming {@code cursor}.
 */
final class Cursors {

    private static final String NULL = "~";

    private Cursors() {
    }

    static String encode(Keyset k) {
        if (k == null) {
            return null;
        }
        String raw = k.sort().code() + "|" + (k.value() == null ? NULL : k.value()) + "|" + k.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Keyset decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new Keyset(ProductSort.parse(parts[0]), NULL.equals(parts[1]) ? null : parts[1],
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ApiProblem.badRequest("cursor", "cursor is not a cursor this service issued");
        }
    }
}
