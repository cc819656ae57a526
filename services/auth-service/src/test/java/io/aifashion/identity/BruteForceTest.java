package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.identity.support.IdentityIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sign-in failures: one answer whether or not the address has an account, back-off per e-mail
 * address (5 free failures here) and per client address (8 here), 429 with Retry-After while
 * locked. The test configuration locks for 10 minutes so locks cannot lapse mid-test.
 */
class BruteForceTest extends IdentityIntegrationTest {

    HttpResponse<String> attempt(String email, String password, String clientAddress) throws Exception {
        return send("POST", "/api/v1/auth/login", json.writeValueAsString(Map.of("email", email, "password", password)),
                null, "X-Forwarded-For", clientAddress);
    }

    /** The body without what differs per request anyway. */
    JsonNode comparable(HttpResponse<String> r) {
        ObjectNode body = (ObjectNode) body(r);
        body.remove("traceId");
        return body;
    }

    @Test
    void unknownAddressAndWrongPasswordAreIndistinguishable() throws Exception {
        var user = registerVerified(newEmail());
        var wrongPassword = attempt(user.email(), "Not-The-Right-Password-1", randomAddress());
        var noSuchAccount = attempt(newEmail(), "Not-The-Right-Password-1", randomAddress());
        problem(wrongPassword, 401, "invalid-credentials");
        problem(noSuchAccount, 401, "invalid-credentials");
        assertThat(comparable(noSuchAccount)).isEqualTo(comparable(wrongPassword));
        assertThat(body(wrongPassword).get("detail").asString()).isEqualTo("E-mail or password is incorrect.");
    }

    @Test
    void anAccountIsThrottledAfterRepeatedFailuresFromAnywhere() throws Exception {
        var user = registerVerified(newEmail());
        for (int i = 0; i < 5; i++) {
            problem(attempt(user.email(), "Wrong-Password-Number-" + i, randomAddress()), 401, "invalid-credentials");
        }
        // Even the right password waits now, from any client address.
        var locked = attempt(user.email(), PASSWORD, randomAddress());
        JsonNode body = problem(locked, 429, "too-many-attempts");
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(600);
        assertThat(body.get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        // Other accounts are not affected.
        var other = registerVerified(newEmail());
        assertThat(attempt(other.email(), PASSWORD, randomAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void addressesWithoutAccountsAreThrottledAlikeSoLocksRevealNothing() throws Exception {
        String nobody = newEmail();
        for (int i = 0; i < 5; i++) {
            problem(attempt(nobody, "Wrong-Password-Number-" + i, randomAddress()), 401, "invalid-credentials");
        }
        problem(attempt(nobody, "Wrong-Password-Number-5", randomAddress()), 429, "too-many-attempts");
    }

    @Test
    void aClientAddressIsThrottledAcrossAccounts() throws Exception {
        String address = randomAddress();
        for (int i = 0; i < 8; i++) {
            problem(attempt(newEmail(), "Wrong-Password-Number-" + i, address), 401, "invalid-credentials");
        }
        var user = registerVerified(newEmail());
        problem(attempt(user.email(), PASSWORD, address), 429, "too-many-attempts");
        assertThat(attempt(user.email(), PASSWORD, randomAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
        var user = registerVerified(newEmail());
        for (int i = 0; i < 4; i++) {
            attempt(user.email(), "Wrong-Password-Number-" + i, randomAddress());
        }
        assertThat(attempt(user.email(), PASSWORD, randomAddress()).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            problem(attempt(user.email(), "Wrong-Password-Again-" + i, randomAddress()), 401, "invalid-credentials");
        }
        assertThat(attempt(user.email(), PASSWORD, randomAddress()).statusCode()).isEqualTo(200);
    }
}
