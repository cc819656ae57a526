package io.aifashion.imaging.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What is known about a kept photo without decrypting it (for the owner's data export). */
public record StoredPhoto(UUID analysisId, String mediaType, int width, int height, int encryptedBytes,
                          Instant storedAt, Instant expiresAt) {

    public StoredPhoto {
        Objects.requireNonNull(analysisId, "analysisId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
