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
        // The client goes on refreshing: the token it received is used, so no answer was lost.
        var third = post("/api/v1/auth/refresh", Map.of("refreshToken", body(second).get("refreshToken").asString()));
        assertThat(third.statusCode()).isEqualTo(200);
        String current = body(third).get("refreshToken").asString();

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
    void aTokenPresentedAgainWhileItsSuccessorIsUnusedIsARetryWithALostAnswer() throws Exception {
        // A page sends its refresh token and is reloaded before the answer arrives; the new page
        // presents the same token (twice here: the next reload lost its answer too).
        var user = registerVerified(newEmail());
        Tokens first = login(user.email(), PASSWORD);
        var lost = post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh()));
        assertThat(lost.statusCode()).isEqualTo(200);
        var lostAgain = post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh()));
        assertThat(lostAgain.statusCode()).isEqualTo(200);
        var retry = post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh()));
        assertThat(retry.statusCode()).isEqualTo(200);
        String received = body(retry).get("refreshToken").asString();
        assertThat(received).isNotEqualTo(body(lost).get("refreshToken").asString())
                .isNotEqualTo(body(lostAgain).get("refreshToken").asString());

        // The session goes on with what the client received; still one live token per session.
        var next = post("/api/v1/auth/refresh", Map.of("refreshToken", received));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select count(*) from refresh_token where rotated_at is null
                and family_id = (select family_id from refresh_token where token_hash = :h)
                """).param("h", TokenHash.of(received).hex()).query(Long.class).single()).isEqualTo(1);
        // Once the successor has been used, the first token is a replay again.
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh())), 401, "refresh-token-reused");
    }

    @Test
    void aLostAnswerThatTurnsUpAfterTheRetryEndsTheSession() throws Exception {
        // Two holders of one session: whoever has the answer the retry replaced is caught on use.
        var user = registerVerified(newEmail());
        Tokens first = login(user.email(), PASSWORD);
        String thoughtLost = body(post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh())))
                .get("refreshToken").asString();
        String retried = body(post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh())))
                .get("refreshToken").asString();

        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", thoughtLost)), 401, "refresh-token-reused");
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", retried)), 401, "refresh-token-revoked");
    }

    @Test
    void aRotatedTokenPresentedAfterTheGraceIsReuse() throws Exception {
        var user = registerVerified(newEmail());
        Tokens first = login(user.email(), PASSWORD);
        String current = body(post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh())))
                .get("refreshToken").asString();
        jdbc.sql("update refresh_token set rotated_at = now() - interval '31 seconds' where token_hash = :h")
                .param("h", TokenHash.of(first.refresh()).hex()).update();

        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", first.refresh())), 401, "refresh-token-reused");
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", current)), 401, "refresh-token-revoked");
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
