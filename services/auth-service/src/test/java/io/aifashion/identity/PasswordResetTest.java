package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.identity.domain.TokenHash;
import io.aifashion.identity.support.IdentityIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Password reset: the same answer for every address, a single-use expiring link delivered only
 * through the notification event, and a reset that ends every session.
 */
class PasswordResetTest extends IdentityIntegrationTest {

    static final String NEW_PASSWORD = "Saffron-Meadow-Kettle-58";

    @Test
    void theAnswerIsTheSameForKnownAndUnknownAddressesAndCarriesNoToken() throws Exception {
        var user = registerVerified(newEmail());
        var known = post("/api/v1/auth/password-reset", Map.of("email", user.email()));
        var unknown = post("/api/v1/auth/password-reset", Map.of("email", newEmail()));
        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());
        String token = linkToken(user.userId(), "password-reset");
        assertThat(known.body()).doesNotContain(token);
        var note = events("UserNotificationRequested", user.userId()).getLast().get("payload");
        assertThat(note.get("actionUrl").asString()).startsWith("http://localhost:8080/reset-password?token=");
        assertThat(note.get("email").asString()).isEqualTo(user.email());
        assertThat(note.get("expiresAt").isNull()).isFalse();
        // Only the hash is stored.
        assertThat(jdbc.sql("select count(*) from one_time_token where token_hash = :h")
                .param("h", TokenHash.of(token).hex()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aResetSetsTheNewPasswordEndsEverySessionAndCannotBeRepeated() throws Exception {
        var user = registerVerified(newEmail());
        Tokens session = login(user.email(), PASSWORD);
        post("/api/v1/auth/password-reset", Map.of("email", user.email()));
        String token = linkToken(user.userId(), "password-reset");

        // A refused password leaves everything as it was, the link included.
        invalid(post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "short")),
                "newPassword");
        invalid(post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "Password12345!")),
                "newPassword");
        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", session.refresh())).statusCode())
                .isEqualTo(200);
        session = login(user.email(), PASSWORD);

        assertThat(post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD))
                .statusCode()).isEqualTo(204);
        problem(post("/api/v1/auth/login", Map.of("email", user.email(), "password", PASSWORD)), 401,
                "invalid-credentials");
        login(user.email(), NEW_PASSWORD);
        problem(post("/api/v1/auth/refresh", Map.of("refreshToken", session.refresh())), 401, "refresh-token-revoked");
        problem(post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword",
                "Another-Fresh-Phrase-33")), 400, "invalid-reset-token");
    }

    @Test
    void anExpiredOrWrongPurposeLinkIsRefused() throws Exception {
        var user = registerVerified(newEmail());
        String verification = linkToken(user.userId(), "email-verification");
        problem(post("/api/v1/auth/password-reset/confirm", Map.of("token", verification, "newPassword",
                NEW_PASSWORD)), 400, "invalid-reset-token");

        post("/api/v1/auth/password-reset", Map.of("email", user.email()));
        String token = linkToken(user.userId(), "password-reset");
        jdbc.sql("""
                update one_time_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
                where token_hash = :h
                """)
                .param("h", TokenHash.of(token).hex()).update();
        problem(post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD)),
                400, "invalid-reset-token");
        login(user.email(), PASSWORD);
    }

    @Test
    void aNewLinkInvalidatesTheOlderOne() throws Exception {
        var user = registerVerified(newEmail());
        post("/api/v1/auth/password-reset", Map.of("email", user.email()));
        String first = linkToken(user.userId(), "password-reset");
        post("/api/v1/auth/password-reset", Map.of("email", user.email()));
        String second = linkToken(user.userId(), "password-reset");
        assertThat(second).isNotEqualTo(first);
        problem(post("/api/v1/auth/password-reset/confirm", Map.of("token", first, "newPassword", NEW_PASSWORD)),
                400, "invalid-reset-token");
        assertThat(post("/api/v1/auth/password-reset/confirm", Map.of("token", second, "newPassword", NEW_PASSWORD))
                .statusCode()).isEqualTo(204);
    }
}
