package io.aifashion.identity.infrastructure;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.aifashion.identity.application.AuthSettings;
import io.aifashion.identity.domain.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * This instance's view of the signing keys: the key it signs with and the public set it publishes
 * and verifies with, cached for {@code aifashion.auth.key-cache-ttl} and re-read at once after a
 * local rotation, or when a token names a key id not in the cache (at most every five seconds,
 * so tokens with made-up key ids cannot hammer the database).
 */
@Component
public class SigningKeyRing implements SigningKeys, JWKSource<SecurityContext> {

    private static final Duration FORCED_RELOAD_SPACING = Duration.ofSeconds(5);

    private final SigningKeyVault vault;
    private final AuthSettings settings;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<Instant> lastForcedReload = new AtomicReference<>(Instant.EPOCH);
    private final ReentrantLock reloading = new ReentrantLock();

    public SigningKeyRing(SigningKeyVault vault, AuthSettings settings, Clock clock) {
        this.vault = vault;
        this.settings = settings;
        this.clock = clock;
    }

    /** The private key to sign new tokens with. */
    public ECKey signingKey() {
        return current().signingKey();
    }

    /** The public keys of every key whose tokens may still be valid (RFC 7517 JWK Set). */
    public JWKSet publicKeys() {
        return current().publicSet();
    }

    @Override
    public java.util.Map<String, Object> publishedKeySet() {
        return publicKeys().toJSONObject(true);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        List<JWK> found = selector.select(publicKeys());
        Instant now = clock.instant();
        Instant last = lastForcedReload.get();
        if (found.isEmpty() && now.isAfter(last.plus(FORCED_RELOAD_SPACING))
                && lastForcedReload.compareAndSet(last, now)) {
            found = selector.select(reload().publicSet());
        }
        return found;
    }

    @Override
    public String ensureActive(Instant now) {
        String kid = vault.ensureActive(now);
        reload();
        return kid;
    }

    @Override
    public String rotate(Instant now) {
        String kid = vault.rotate(now);
        reload();
        return kid;
    }

    @Override
    public boolean rotateIfOlderThan(Duration maxAge, Instant now) {
        boolean rotated = vault.rotateIfOlderThan(maxAge, now);
        if (rotated) {
            reload();
        }
        return rotated;
    }

    @Override
    public int forgetExpired(Instant now) {
        int forgotten = vault.forgetExpired(now);
        if (forgotten > 0) {
            reload();
        }
        return forgotten;
    }

    private Snapshot current() {
        Snapshot s = snapshot.get();
        if (s == null || !clock.instant().isBefore(s.loadedAt().plus(settings.keyCacheTtl()))) {
            return reload();
        }
        return s;
    }

    private Snapshot reload() {
        reloading.lock();
        try {
            Instant now = clock.instant();
            SigningKeyVault.LoadedKeys keys = vault.load(now);
            if (keys.signingKey() == null) {
                vault.ensureActive(now);
                keys = vault.load(now);
            }
            if (keys.signingKey() == null) {
                throw new IllegalStateException("no signing key can be opened with this instance's key-encryption key");
            }
            Snapshot fresh = new Snapshot(keys.signingKey(),
                    new JWKSet(keys.published().stream().map(JWK::toPublicJWK).toList()), now);
            snapshot.set(fresh);
            return fresh;
        } finally {
            reloading.unlock();
        }
    }

    private record Snapshot(ECKey signingKey, JWKSet publicSet, Instant loadedAt) {
    }
}
