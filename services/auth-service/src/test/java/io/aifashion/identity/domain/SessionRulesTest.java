package io.aifashion.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refresh-token states and the sign-in back-off schedule. */
class SessionRulesTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    RefreshToken token(Instant expires, Instant rotated, Instant familyExpires, Instant familyRevoked) {
        return new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), UserId.random(), TokenHash.of("t"),
                NOW.minusSeconds(60), expires, rotated, familyExpires, familyRevoked, null, false);
    }

    @Test
    void aRefreshTokenIsActiveUntilUsedExpiredOrRevoked() {
        Instant later = NOW.plusSeconds(3600);
        assertThat(token(later, null, later, null).statusAt(NOW)).isEqualTo(RefreshStatus.ACTIVE);
        assertThat(token(later, NOW, later, null).statusAt(NOW)).isEqualTo(RefreshStatus.REUSED);
        assertThat(token(NOW, null, later, null).statusAt(NOW)).isEqualTo(RefreshStatus.EXPIRED);
        assertThat(token(later, null, NOW.minusSeconds(1), null).statusAt(NOW)).isEqualTo(RefreshStatus.EXPIRED);
        // Revocation wins: a replay into an ended session is "revoked", not a new alarm.
        assertThat(token(later, NOW, later, NOW).statusAt(NOW)).isEqualTo(RefreshStatus.REVOKED);
    }

    @Test
    void backOffDoublesAfterTheFreeFailuresUpToTheCap() {
        ThrottlePolicy p = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
        assertThat(p.delayAfter(4)).isZero();
        assertThat(p.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.delayAfter(9)).isEqualTo(Duration.ofSeconds(480));
        assertThat(p.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.forgotten(NOW, NOW.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(p.forgotten(NOW, NOW.plus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void throttleKeysDoNotHoldTheAddressInClear() {
        ThrottleSubject s = ThrottleSubject.account(EmailAddress.parse("ada@example.com"));
        assertThat(s.key()).startsWith("account:").doesNotContain("ada");
    }
}
