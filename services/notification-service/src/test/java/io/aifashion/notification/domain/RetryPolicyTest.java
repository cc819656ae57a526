package io.aifashion.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(30), 15);

    @Test
    void doublesFromTheBaseUntilTheCap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofSeconds(1280));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofMinutes(30));
        // Far past the cap the doubling must not overflow into a negative or absurd delay.
        assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.exhausted(14)).isFalse();
        assertThat(policy.exhausted(15)).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
