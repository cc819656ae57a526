package io.aifashion.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a rotated refresh token presented again is a retry with a lost answer, not a replay. */
class LostAnswerGraceTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Instant LATER = NOW.plusSeconds(3600);
    static final UUID FAMILY = UUID.randomUUID();
    static final LostAnswerGrace GRACE = new LostAnswerGrace(Duration.ofSeconds(30));

    static RefreshToken rotated(Instant at, boolean retiredUnused) {
        return new RefreshToken(UUID.randomUUID(), FAMILY, UserId.random(), TokenHash.of("first"), NOW.minusSeconds(600),
                LATER, at, LATER, null, TokenHash.of("second"), retiredUnused);
    }

    static RefreshToken successor(Instant rotatedAt, Instant familyRevokedAt) {
        return new RefreshToken(UUID.randomUUID(), FAMILY, UserId.random(), TokenHash.of("second"), NOW.minusSeconds(5),
                LATER, rotatedAt, LATER, familyRevokedAt, null, false);
    }

    @Test
    void aRetryWithinTheWindowWhileTheSuccessorIsUnusedIsAllowed() {
        assertThat(GRACE.allowsRetry(rotated(NOW.minusSeconds(5), false), successor(null, null), NOW)).isTrue();
    }

    @Test
    void aUsedSuccessorMakesItReuse() {
        assertThat(GRACE.allowsRetry(rotated(NOW.minusSeconds(5), false), successor(NOW.minusSeconds(1), null), NOW))
                .isFalse();
    }

    @Test
    void afterTheWindowItIsReuse() {
        assertThat(GRACE.allowsRetry(rotated(NOW.minusSeconds(30), false), successor(null, null), NOW)).isFalse();
        assertThat(new LostAnswerGrace(Duration.ZERO)
                .allowsRetry(rotated(NOW, false), successor(null, null), NOW)).isFalse();
    }

    @Test
    void aTokenRetiredUnusedNeverGetsGrace() {
        // It was retired because its predecessor came back: whoever presents it did receive it.
        assertThat(GRACE.allowsRetry(rotated(NOW.minusSeconds(5), true), successor(null, null), NOW)).isFalse();
    }

    @Test
    void aSuccessorInAnEndedSessionOrAnotherFamilyIsNoGround() {
        assertThat(GRACE.allowsRetry(rotated(NOW.minusSeconds(5), false), successor(null, NOW.minusSeconds(1)), NOW))
                .isFalse();
        RefreshToken foreign = new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), UserId.random(),
                TokenHash.of("second"), NOW.minusSeconds(5), LATER, null, LATER, null, null, false);
        assertThat(GRACE.allowsRetry(rotated(NOW.minusSeconds(5), false), foreign, NOW)).isFalse();
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> new LostAnswerGrace(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
