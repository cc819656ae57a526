package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aifashion.identity.infrastructure.SigningKeyRing;
import io.aifashion.identity.support.IdentityIntegrationTest;
import io.aifashion.kit.support.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forged and unacceptable access tokens against this service's own protected endpoint, each
 * refused with 401 and a problem type naming the reason. The forgeries use this service's real
 * keys where the attack needs them (an expired or mis-addressed token with a valid signature).
 */
class AccessTokenSecurityTest extends IdentityIntegrationTest {

    @Autowired
    SigningKeyRing keys;

    private String signed(JWTClaimsSet claims) throws Exception {
        ECKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder claims(String subject, Instant exp) {
        return new JWTClaimsSet.Builder().subject(subject).issuer("ai-fashion").audience("ai-fashion")
                .claim("roles", List.of("USER", "ADMIN")).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(exp.minusSeconds(900))).expirationTime(Date.from(exp));
    }

    @Test
    void aGenuineTokenIsAccepted() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        assertThat(get("/api/v1/users/me", t.access()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/users/me", signed(claims(user.userId(), Instant.now().plusSeconds(600)).build()))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        String[] parts = login(user.email(), PASSWORD).access().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"USER\",\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        problem(get("/api/v1/users/me", tampered), 401, "invalid-token-signature");
        problem(send("POST", "/api/v1/auth/keys/rotate", null, tampered), 401, "invalid-token-signature");
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(user.userId(), Instant.now().plusSeconds(600)).build().toString()
                        .getBytes(StandardCharsets.UTF_8));
        problem(get("/api/v1/users/me", header + "." + payload + "."), 401, "invalid-token-signature");
    }

    @Test
    void hs256KeyedWithThePublicKeyIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        ECKey key = keys.signingKey();
        byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                claims(user.userId(), Instant.now().plusSeconds(600)).build());
        jwt.sign(new MACSigner(secret));
        problem(get("/api/v1/users/me", jwt.serialize()), 401, "invalid-token-signature");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        var r = get("/api/v1/users/me", signed(claims(user.userId(), Instant.now().minusSeconds(300)).build()));
        problem(r, 401, "token-expired");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        problem(get("/api/v1/users/me", signed(claims(user.userId(), Instant.now().plusSeconds(600))
                .audience("another-system").build())), 401, "invalid-token-audience");
    }

    @Test
    void aTokenFromAnotherIssuerOrKeyIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        problem(get("/api/v1/users/me", signed(claims(user.userId(), Instant.now().plusSeconds(600))
                .issuer("someone-else").build())), 401, "invalid-token-issuer");
        try (TestTokens foreign = new TestTokens()) {
            var r = get("/api/v1/users/me", foreign.token(user.userId(), List.of("USER")));
            assertThat(r.statusCode()).isEqualTo(401);
        }
        problem(get("/api/v1/users/me", "not-a-jwt"), 401, "invalid-token");
    }
}
