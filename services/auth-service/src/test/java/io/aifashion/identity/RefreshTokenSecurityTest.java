package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.identity.domain.TokenHash;
import io.aifashion.identity.support.IdentityIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refresh tokens: rotation, reuse detection, revocation, expiry — each refusal a 401 saying which. */
class RefreshTokenSecurityTest extends IdentityIntegrationTest {

    @Test
    void aRotatedTokenUsedAgainRevokesTheWholeFamily() throws Exception {
        var user = registerVerified(newEmail());
        Tokens first = login(user.email(), PASSWORD);
        var second = post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh()));
        assertThat(second.statusCode()).isEqualTo(200);
        String current = body(second).get("refreshToken").asString();

        // An attacker replays the first token after the client has rotated it.
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh())), 401, "refresh-token-reused");
        // The legitimate client's newest token died with the family.
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", current)), 401, "refresh-token-revoked");
        assertThat(jdbc.sql("""
                select revoked_reason from refresh_family f join refresh_token t on t.family_id = f.id
                where t.token_hash = :h
                """).param("h", TokenHash.of(current).hex()).query(String.class).single())
                .isEqualTo("reuse-detected");

        // Other sessions of the same user are not affected.
        Tokens other = login(user.email(), PASSWORD);
        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", other.refresh())).statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedOutTokenIsRevoked() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        assertThat(post("/api/v1/auth/logout", Map.of("refreshToken", t.refresh())).statusCode()).isEqualTo(204);
        var r = post("/api/v1/auth/refresh", Map.of("refreshToken", t.refresh()));
        problem(r, 401, "refresh-token-revoked");
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        jdbc.sql("update refresh_token set expires_at = now() - interval '1 minute' where token_hash = :h")
                .param("h", TokenHash.of(t.refresh()).hex()).update();
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", t.refresh())), 401, "refresh-token-expired");
    }

    @Test
    void aSessionEndsAtItsAbsoluteLimitHoweverOftenItIsRefreshed() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        jdbc.sql("""
                update refresh_family set expires_at = now() - interval '1 second'
                where id = (select family_id from refresh_token where token_hash = :h)
                """).param("h", TokenHash.of(t.refresh()).hex()).update();
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", t.refresh())), 401, "refresh-token-expired");
    }

    @Test
    void tokensThisServiceNeverIssuedAreRefused() throws Exception {
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", "A".repeat(43))), 401, "refresh-token-invalid");
        invalid(post("/api/v1/auth/refresh", Map.of("refreshToken", "' OR '1'='1")), "refreshToken");
        invalid(post("/api/v1/auth/refresh", Map.of("refreshToken", "x".repeat(10_000))), "refreshToken");
        invalid(post("/api/v1/auth/refresh", Map.of()), "refreshToken");
    }

    @Test
    void onlyAHashOfTheTokenIsStored() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        assertThat(jdbc.sql("select count(*) from refresh_token where token_hash = :h")
                .param("h", TokenHash.of(t.refresh()).hex()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from refresh_token where token_hash = :raw")
                .param("raw", t.refresh()).query(Long.class).single()).isZero();
        String hash = jdbc.sql("select password_hash from account where id = :id::uuid").param("id", user.userId())
                .query(String.class).single();
        // Argon2id with the OWASP parameters, in PHC format.
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }
}
