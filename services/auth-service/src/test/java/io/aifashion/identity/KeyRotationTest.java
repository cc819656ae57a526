package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.aifashion.identity.application.AuthSettings;
import io.aifashion.identity.domain.SigningKeys;
import io.aifashion.identity.infrastructure.KeyEncryptionKey;
import io.aifashion.identity.infrastructure.SigningKeyVault;
import io.aifashion.identity.support.IdentityIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The JWKS, key rotation by an administrator, and private keys sealed at rest. */
class KeyRotationTest extends IdentityIntegrationTest {

    static final String ADMIN = "admin@aifashion.test";
    static final String ADMIN_PASSWORD = "Opal-Harbour-Lantern-42";

    @Autowired
    SigningKeys keys;
    @Autowired
    AuthSettings settings;
    @Autowired
    TransactionTemplate tx;

    List<String> publishedKids() throws Exception {
        var r = get("/.well-known/jwks.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return body(r).get("keys").values().stream().map(k -> k.get("kid").asString()).toList();
    }

    @Test
    void theKeySetPublishesOnlyPublicP256Keys() throws Exception {
        var r = get("/.well-known/jwks.json", null);
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
        for (JsonNode key : body(r).get("keys").values()) {
            assertThat(key.get("kty").asString()).isEqualTo("EC");
            assertThat(key.get("crv").asString()).isEqualTo("P-256");
            assertThat(key.get("alg").asString()).isEqualTo("ES256");
            assertThat(key.get("use").asString()).isEqualTo("sig");
            assertThat(key.has("d")).as("private part published").isFalse();
        }
        // The private halves are sealed in the database, not stored as JSON.
        List<byte[]> sealed = jdbc.sql("select sealed_private from signing_key").query(byte[].class).list();
        assertThat(sealed).isNotEmpty().allSatisfy(s ->
                assertThat(new String(s, StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"").doesNotContain("P-256"));
    }

    @Test
    void theFirstAdminComesFromConfigurationAndCanRotateKeys() throws Exception {
        Tokens admin = login(ADMIN, ADMIN_PASSWORD);
        SignedJWT before = SignedJWT.parse(admin.access());
        assertThat(before.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("USER", "ADMIN");

        var rotated = send("POST", "/api/v1/auth/keys/rotate", null, admin.access());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String newKid = body(rotated).get("kid").asString();
        String oldKid = before.getHeader().getKeyID();
        assertThat(newKid).isNotEqualTo(oldKid);
        // Both keys are published: tokens signed by the old one stay valid until they expire.
        assertThat(publishedKids()).contains(newKid, oldKid);
        assertThat(get("/api/v1/users/me", admin.access()).statusCode()).isEqualTo(200);

        Tokens after = login(ADMIN, ADMIN_PASSWORD);
        assertThat(SignedJWT.parse(after.access()).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(get("/api/v1/users/me", after.access()).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from signing_key where retired_at is null").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select publish_until from signing_key where kid = :k").param("k", oldKid)
                .query(java.time.OffsetDateTime.class).single().toInstant())
                .isAfter(Instant.now().plus(settings.accessTokenTtl()));
    }

    @Test
    void onlyAdministratorsRotate() throws Exception {
        var user = registerVerified(newEmail());
        problem(send("POST", "/api/v1/auth/keys/rotate", null, login(user.email(), PASSWORD).access()), 403,
                "forbidden");
        problem(send("POST", "/api/v1/auth/keys/rotate", null, null), 401, "authentication-required");
    }

    @Test
    void aKeySealedUnderAnotherKeyEncryptionKeyIsRetiredNotUsed() throws Exception {
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        AuthSettings foreignSettings = new AuthSettings(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, Base64.getEncoder().encodeToString(other), null, null, null);
        SigningKeyVault foreign = new SigningKeyVault(jdbc, new KeyEncryptionKey(foreignSettings, new SecureRandom()),
                tx, settings);
        // Another deployment (with another KEK) rotated the shared database's key.
        String foreignKid = foreign.rotate(Instant.now());

        String kid = keys.ensureActive(Instant.now());
        assertThat(kid).isNotEqualTo(foreignKid);
        assertThat(jdbc.sql("select retired_at is not null from signing_key where kid = :k").param("k", foreignKid)
                .query(Boolean.class).single()).isTrue();
        Tokens admin = login(ADMIN, ADMIN_PASSWORD);
        assertThat(SignedJWT.parse(admin.access()).getHeader().getKeyID()).isEqualTo(kid);
        assertThat(get("/api/v1/users/me", admin.access()).statusCode()).isEqualTo(200);
    }
}
