package io.aifashion.imaging.domain;

import java.time.Instant;

/**
 * Whether a user allowed their photos to be kept: a read model of the auth service's
 * {@code PreferencesChanged} events. Unknown users have not consented.
 */
public interface ConsentRegistry {

    boolean storesPhotos(String userId);

    /**
     * Records the user's choice as of {@code changedAt}.
     *
     * @return false when a newer choice is already recorded (an out-of-order event), which is kept
     */
    boolean record(String userId, boolean storePhotos, Instant changedAt);

    void forget(String userId);
}
