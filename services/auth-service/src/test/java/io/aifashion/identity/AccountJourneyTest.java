package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.aifashion.identity.support.IdentityIntegrationTest;
import io.aifashion.identity.support.SideServices;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole account journey as a client lives it, through the real gateway: register, verify the
 * address with the e-mailed link, sign in, call a protected endpoint, refresh, sign out.
 */
class AccountJourneyTest extends IdentityIntegrationTest {

    @Test
    void registerVerifySignInCallRefreshSignOutThroughTheGateway() throws Exception {
        String gw = SideServices.get().gatewayUrl();
        String email = newEmail();

        var registered = post(gw + "/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Zoë O'Neil"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        assertThat(body(registered).get("status").asString()).isEqualTo("pending-verification");
        String userId = userIdOf(email);
        assertThat(events("UserRegistered", userId)).singleElement()
                .satisfies(e -> assertThat(e.get("payload").get("email").asString()).isEqualTo(email));
        String verification = linkToken(userId, "email-verification");
        assertThat(registered.body()).doesNotContain(verification);

        // Not yet verified: the right password is not enough.
        problem(post(gw + "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)), 403,
                "email-not-verified");

        assertThat(post(gw + "/api/v1/auth/verify", Map.of("token", verification)).statusCode()).isEqualTo(204);
        // The link is single-use.
        problem(post(gw + "/api/v1/auth/verify", Map.of("token", verification)), 400, "invalid-verification-token");

        var login = post(gw + "/api/v1/auth/login", Map.of("email", email.toUpperCase(), "password", PASSWORD));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode tokens = body(login);
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isBetween(890L, 900L);
        String access = tokens.get("accessToken").asString();
        String refresh = tokens.get("refreshToken").asString();

        SignedJWT jwt = SignedJWT.parse(access);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getIssuer()).isEqualTo("ai-fashion");
        assertThat(claims.getAudience()).containsExactly("ai-fashion");
        assertThat(claims.getStringListClaim("roles")).containsExactly("USER");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(900_000L);
        assertThat(claims.getClaims()).doesNotContainKeys("email", "name");

        var jwks = get(gw + "/.well-known/jwks.json", null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        List<String> kids = body(jwks).get("keys").values().stream().map(k -> k.get("kid").asString()).toList();
        assertThat(kids).contains(jwt.getHeader().getKeyID());

        var me = get(gw + "/api/v1/users/me", access);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(body(me).get("email").asString()).isEqualTo(email);
        assertThat(body(me).get("displayName").asString()).isEqualTo("Zoë O'Neil");
        assertThat(body(me).get("emailVerified").asBoolean()).isTrue();
        problem(get(gw + "/api/v1/users/me", null), 401, "authentication-required");

        var refreshed = post(gw + "/api/v1/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String access2 = body(refreshed).get("accessToken").asString();
        String refresh2 = body(refreshed).get("refreshToken").asString();
        assertThat(refresh2).isNotEqualTo(refresh);
        assertThat(SignedJWT.parse(access2).getJWTClaimsSet().getJWTID()).isNotEqualTo(claims.getJWTID());
        assertThat(get(gw + "/api/v1/users/me", access2).statusCode()).isEqualTo(200);

        assertThat(post(gw + "/api/v1/auth/logout", Map.of("refreshToken", refresh2)).statusCode()).isEqualTo(204);
        problem(post(gw + "/api/v1/auth/refresh", Map.of("refreshToken", refresh2)), 401, "refresh-token-revoked");
        // Signing out twice is not an error.
        assertThat(post(gw + "/api/v1/auth/logout", Map.of("refreshToken", refresh2)).statusCode()).isEqualTo(204);
    }

    @Test
    void aStaleAccessTokenSentAlongDoesNotStopARefresh() throws Exception {
        var user = registerVerified(newEmail());
        Tokens t = login(user.email(), PASSWORD);
        // Clients often attach their (possibly expired) access token to every call; the credential
        // endpoints ignore it rather than failing the very call that replaces it.
        var refreshed = send("POST", "/api/v1/auth/refresh", json.writeValueAsString(Map.of("refreshToken",
                t.refresh())), "stale.access.token");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        var loggedOut = send("POST", "/api/v1/auth/logout", json.writeValueAsString(Map.of("refreshToken",
                body(refreshed).get("refreshToken").asString())), "stale.access.token");
        assertThat(loggedOut.statusCode()).isEqualTo(204);
    }

    @Test
    void registeringATakenAddressLooksTheSameAndCreatesNothing() throws Exception {
        String email = newEmail();
        var first = post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "A"));
        String userId = userIdOf(email);
        var second = post("/api/v1/auth/register",
                Map.of("email", email, "password", "Another-Secret-Phrase-99", "displayName", "B"));
        assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from account where email = :e").param("e", email)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select display_name from account where id = :id::uuid").param("id", userId)
                .query(String.class).single()).isEqualTo("A");
        // Still unverified: the owner gets a fresh verification link, the only notice sent.
        assertThat(events("UserNotificationRequested", userId)).extracting(e -> e.get("payload").get("kind").asString())
                .containsExactly("email-verification", "email-verification");
        // Once verified, a repeated registration sends nothing at all.
        post("/api/v1/auth/verify", Map.of("token", linkToken(userId, "email-verification")));
        post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "C"));
        assertThat(events("UserNotificationRequested", userId)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from account where email = :e").param("e", email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFreshVerificationLinkReplacesTheOldOne() throws Exception {
        String email = newEmail();
        post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Resend"));
        String userId = userIdOf(email);
        String first = linkToken(userId, "email-verification");
        var resent = post("/api/v1/auth/verify/resend", Map.of("email", email));
        assertThat(resent.statusCode()).isEqualTo(202);
        var unknown = post("/api/v1/auth/verify/resend", Map.of("email", newEmail()));
        assertThat(unknown.body()).isEqualTo(resent.body());
        String second = linkToken(userId, "email-verification");
        assertThat(second).isNotEqualTo(first);
        problem(post("/api/v1/auth/verify", Map.of("token", first)), 400, "invalid-verification-token");
        assertThat(post("/api/v1/auth/verify", Map.of("token", second)).statusCode()).isEqualTo(204);
    }
}
