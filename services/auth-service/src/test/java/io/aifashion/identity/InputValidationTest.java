package io.aifashion.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.identity.support.IdentityIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL injection payloads and over-long values in every field of registration and sign-in: each a
 * 400 naming the field, and nothing stored — no account, no event, no sign-in counter. Passwords
 * are the deliberate exception to character rules (NIST SP 800-63B §5.1.1.2: accept every
 * character), so an injection-looking password is bounded by length only and is only ever hashed.
 */
class InputValidationTest extends IdentityIntegrationTest {

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "admin'--",
            "x'; DROP TABLE account; --",
            "1; DELETE FROM account",
            "\" OR \"\"=\"",
            "Robert'); DROP TABLE account;--",
            "' UNION SELECT password_hash FROM account --",
            "<script>alert(1)</script>");

    static Stream<Arguments> badRegistrations() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String injection : INJECTIONS) {
            cases.add(Arguments.of("email", injection));
            cases.add(Arguments.of("email", injection + "@example.com"));
            cases.add(Arguments.of("displayName", injection));
        }
        cases.add(Arguments.of("email", "a".repeat(250) + "@example.com"));
        cases.add(Arguments.of("email", "x".repeat(100_000)));
        cases.add(Arguments.of("email", "name@" + "a".repeat(64) + ".com"));
        cases.add(Arguments.of("displayName", "N".repeat(61)));
        cases.add(Arguments.of("displayName", "x".repeat(100_000)));
        cases.add(Arguments.of("password", "p".repeat(129)));
        cases.add(Arguments.of("password", "' OR '1'='1"));
        cases.add(Arguments.of("password", "x".repeat(100_000)));
        cases.add(Arguments.of("email", ""));
        cases.add(Arguments.of("displayName", " "));
        cases.add(Arguments.of("password", ""));
        return cases.build();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badRegistrations")
    void badRegistrationValuesAre400AndStoreNothing(String field, String value) throws Exception {
        long accounts = count("account");
        long lastEvent = lastEventSeq();
        Map<String, Object> request = new HashMap<>(Map.of("email", newEmail(), "password", PASSWORD,
                "displayName", "Valid Name"));
        request.put(field, value);
        invalid(post("/api/v1/auth/register", request), field);
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(lastEventSeq()).isEqualTo(lastEvent);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badSignIns")
    void badSignInValuesAre400AndCountNothing(String field, String value) throws Exception {
        long counters = count("login_attempt");
        Map<String, Object> request = new HashMap<>(Map.of("email", newEmail(), "password", PASSWORD));
        request.put(field, value);
        invalid(post("/api/v1/auth/login", request), field);
        assertThat(count("login_attempt")).isEqualTo(counters);
    }

    static Stream<Arguments> badSignIns() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String injection : INJECTIONS) {
            cases.add(Arguments.of("email", injection));
        }
        cases.add(Arguments.of("email", "e".repeat(300) + "@example.com"));
        cases.add(Arguments.of("password", "p".repeat(100_000)));
        cases.add(Arguments.of("password", ""));
        return cases.build();
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() throws Exception {
        var r = post("/api/v1/auth/register", Map.of("email", "not an address", "password", "short",
                "displayName", "<b>"));
        var body = invalid(r, "email");
        assertThat(body.get("errors").values().stream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("email", "password", "displayName");
    }

    @Test
    void aPasswordThatLooksLikeSqlIsJustAPassword() throws Exception {
        String email = newEmail();
        String password = "x'); DROP TABLE account; --";
        var r = post("/api/v1/auth/register", Map.of("email", email, "password", password, "displayName", "Bobby"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String userId = userIdOf(email);
        post("/api/v1/auth/verify", Map.of("token", linkToken(userId, "email-verification")));
        assertThat(login(email, password).access()).isNotBlank();
        assertThat(jdbc.sql("select password_hash from account where id = :id::uuid").param("id", userId)
                .query(String.class).single()).doesNotContain("DROP");
    }

    @Test
    void aMissingOrMalformedBodyIsA400() throws Exception {
        problem(send("POST", "/api/v1/auth/register", "{\"email\":", null), 400, "malformed-body");
        problem(send("POST", "/api/v1/auth/login", "", null), 400, "malformed-body");
        invalid(post("/api/v1/auth/register", Map.of()), "email");
    }

    long lastEventSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from outbox_event").query(Long.class).single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
