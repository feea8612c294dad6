package org.ourown.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    @Test
    void theFirstFewMistakesCostNothing() {
        assertThat(SignInThrottle.pauseAfter(1)).isZero();
        assertThat(SignInThrottle.pauseAfter(2)).isZero();
    }

    @Test
    void thenEachMistakeWaitsLonger() {
        assertThat(SignInThrottle.pauseAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.pauseAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.pauseAfter(9)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void tenMistakesLockTheNameForAWhile() {
        assertThat(SignInThrottle.pauseAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.pauseAfter(25)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void namesAreKeptHashedAndCaseBlind() {
        assertThat(SignInThrottle.key(" Someone@Example.org "))
                .isEqualTo(SignInThrottle.key("someone@example.org"))
                .doesNotContain("someone")
                .hasSize(64);
    }
}
