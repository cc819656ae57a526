package io.aifashion.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.aifashion.identity.application.AuthSettings;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing keys in the service's database: ES256 (P-256, RFC 7518 §3.4) key pairs whose private
 * halves are sealed with the {@link KeyEncryptionKey}, their key ids the RFC 7638 JWK thumbprint.
 * Changes take a PostgreSQL advisory lock, so that several instances starting or rotating at once
 * still end with exactly one active key.
 */
@Repository
public class SigningKeyVault {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyVault.class);
    /** Advisory lock id for key changes ("AIFSIGN1"). */
    private static final long LOCK = 0x4149_4653_4947_4e31L;

    private final JdbcClient jdbc;
    private final KeyEncryptionKey kek;
    private final TransactionTemplate tx;
    private final AuthSettings settings;

    public SigningKeyVault(JdbcClient jdbc, KeyEncryptionKey kek, TransactionTemplate tx, AuthSettings settings) {
        this.jdbc = jdbc;
        this.kek = kek;
        this.tx = tx;
        this.settings = settings;
    }

    /** The published public keys, newest first, and the active private key if this instance can open it. */
    public LoadedKeys load(Instant now) {
        List<StoredKey> rows = jdbc.sql("""
                select kid, public_jwk, sealed_private, created_at, retired_at from signing_key
                where publish_until is null or publish_until > :now
                order by created_at desc
                """).param("now", Timestamps.of(now))
                .query((rs, n) -> new StoredKey(rs.getString("kid"), rs.getString("public_jwk"),
                        rs.getBytes("sealed_private"), Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "retired_at")))
                .list();
        List<JWK> published = new ArrayList<>();
        ECKey signing = null;
        for (StoredKey row : rows) {
            published.add(parse(row.publicJwk()));
            if (row.retiredAt() == null) {
                signing = open(row).orElse(null);
            }
        }
        return new LoadedKeys(signing, List.copyOf(published));
    }

    /** Leaves an active key this instance can open, retiring one it cannot (another KEK sealed it). */
    public String ensureActive(Instant now) {
        return tx.execute(status -> {
            lock();
            Optional<StoredKey> active = active();
            if (active.isPresent() && open(active.get()).isPresent()) {
                return active.get().kid();
            }
            if (active.isPresent()) {
                log.warn("Signing key {} was sealed with another key-encryption key; retiring it", active.get().kid());
            }
            retireActive(now);
            return create(now);
        });
    }

    public String rotate(Instant now) {
        return tx.execute(status -> {
            lock();
            retireActive(now);
            return create(now);
        });
    }

    public boolean rotateIfOlderThan(Duration maxAge, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            lock();
            Optional<StoredKey> active = active();
            if (active.isPresent() && now.isBefore(active.get().createdAt().plus(maxAge))) {
                return false;
            }
            retireActive(now);
            create(now);
            return true;
        }));
    }

    public int forgetExpired(Instant now) {
        return jdbc.sql("delete from signing_key where publish_until is not null and publish_until <= :now")
                .param("now", Timestamps.of(now)).update();
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
    }

    private Optional<StoredKey> active() {
        return jdbc.sql("""
                select kid, public_jwk, sealed_private, created_at, retired_at from signing_key
                where retired_at is null
                """)
                .query((rs, n) -> new StoredKey(rs.getString("kid"), rs.getString("public_jwk"),
                        rs.getBytes("sealed_private"), Timestamps.read(rs, "created_at"), null))
                .optional();
    }

    private void retireActive(Instant now) {
        jdbc.sql("update signing_key set retired_at = :now, publish_until = :until where retired_at is null")
                .param("now", Timestamps.of(now))
                .param("until", Timestamps.of(now.plus(settings.retiredKeyPublication())))
                .update();
    }

    private String create(Instant now) {
        ECKey key;
        try {
            key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key pair", e);
        }
        jdbc.sql("""
                insert into signing_key (kid, algorithm, public_jwk, sealed_private, created_at)
                values (:kid, 'ES256', :pub, :sealed, :now)
                """)
                .param("kid", key.getKeyID())
                .param("pub", key.toPublicJWK().toJSONString())
                .param("sealed", kek.seal(key.toJSONString().getBytes(StandardCharsets.UTF_8), key.getKeyID()))
                .param("now", Timestamps.of(now))
                .update();
        return key.getKeyID();
    }

    private Optional<ECKey> open(StoredKey row) {
        return kek.open(row.sealedPrivate(), row.kid()).map(bytes -> {
            try {
                return ECKey.parse(new String(bytes, StandardCharsets.UTF_8));
            } catch (ParseException e) {
                throw new IllegalStateException("signing key " + row.kid() + " is corrupt", e);
            }
        });
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a published signing key is corrupt", e);
        }
    }

    /** Keys as loaded: the one to sign with (null if none can be opened here) and the set to publish. */
    public record LoadedKeys(ECKey signingKey, List<JWK> published) {
    }

    private record StoredKey(String kid, String publicJwk, byte[] sealedPrivate, Instant createdAt,
                             Instant retiredAt) {
    }
}
