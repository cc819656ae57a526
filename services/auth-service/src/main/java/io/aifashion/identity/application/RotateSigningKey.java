package io.aifashion.identity.application;

import io.aifashion.identity.domain.SigningKeys;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Replaces the access-token signing key, on an administrator's request or when the active key
 * reaches its age limit. The previous key stays in the JWKS until the tokens it signed have expired
 * (RFC 7517 §5: a set may hold several keys told apart by {@code kid}).
 */
@Service
public class RotateSigningKey {

    private static final Logger log = LoggerFactory.getLogger(RotateSigningKey.class);

    private final SigningKeys keys;
    private final AuthSettings settings;
    private final Clock clock;

    public RotateSigningKey(SigningKeys keys, AuthSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** Rotates now; returns the new key id. */
    public String rotate() {
        String kid = keys.rotate(clock.instant());
        log.info("Signing key rotated on request; now signing with {}", kid);
        return kid;
    }

    /** Rotates if the active key is due. */
    public boolean rotateIfDue() {
        boolean rotated = keys.rotateIfOlderThan(settings.keyRotationInterval(), clock.instant());
        if (rotated) {
            log.info("Signing key rotated on schedule (every {})", settings.keyRotationInterval());
        }
        return rotated;
    }
}
