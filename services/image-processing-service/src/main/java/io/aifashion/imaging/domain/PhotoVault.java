package io.aifashion.imaging.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consented photos and their reports, encrypted at rest, each with an expiry. */
public interface PhotoVault {

    void store(UUID analysisId, String userId, PhotoCopy photo, Instant storedAt, Instant expiresAt);

    /** The kept photo, decrypted; empty when none is kept (or it cannot be decrypted with the current key). */
    Optional<PhotoCopy> photo(UUID analysisId);

    /** Metadata of the user's kept photos, newest first. */
    List<StoredPhoto> listOf(String userId);

    boolean delete(UUID analysisId);

    int deleteByUser(String userId);

    int deleteExpired(Instant now);
}
