package io.aifashion.notification.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A port: browsers' push subscriptions. */
public interface PushSubscriptions {

    /**
     * Stores a subscription for the user. An endpoint is one browser profile, so if it is already
     * stored (for this or another account signed in on that browser) it moves to this user with
     * the new keys, keeping its id.
     */
    PushSubscription save(String userId, URI endpoint, PushKeys keys, Instant now);

    List<PushSubscription> forUser(String userId);

    Optional<PushSubscription> find(UUID id);

    /** Deletes the user's subscription; false if the user has no such subscription. */
    boolean delete(String userId, UUID id);

    /** Forgets a subscription the push service says is gone. */
    void forget(UUID id);

    int deleteUser(String userId);
}
