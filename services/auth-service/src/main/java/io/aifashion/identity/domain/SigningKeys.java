package io.aifashion.identity.domain;

import java.time.Duration;
import java.time.Instant;

/** The access-token signing keys: one active, earlier ones still published until their tokens expire. */
public interface SigningKeys {

    /** Makes sure a usable active key exists; returns its key id. */
    String ensureActive(Instant now);

    /** Starts signing with a new key now; returns its key id. */
    String rotate(Instant now);

    /** Rotates if the active key is older than {@code maxAge}; returns whether it did. */
    boolean rotateIfOlderThan(Duration maxAge, Instant now);

    /** Deletes retired keys whose tokens have all expired. */
    int forgetExpired(Instant now);

    /** The JWK Set document (RFC 7517 §5) of the public keys verifiers should accept now. */
    java.util.Map<String, Object> publishedKeySet();
}
