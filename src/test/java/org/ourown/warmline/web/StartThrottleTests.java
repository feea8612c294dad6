package org.ourown.warmline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StartThrottleTests {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void anAddressGetsItsTriesBackAsTheHourSlidesOn() {
        StartThrottle throttle = new StartThrottle(2, clock);
        assertThat(throttle.allow("198.51.100.1")).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(30)));
        assertThat(throttle.allow("198.51.100.1")).isTrue();
        assertThat(throttle.allow("198.51.100.1")).isFalse();
        assertThat(throttle.allow("198.51.100.2"))
                .as("another address has its own count")
                .isTrue();

        now.set(now.get().plus(Duration.ofMinutes(30)));
        assertThat(throttle.allow("198.51.100.1"))
                .as("the first try is an hour old")
                .isTrue();
        assertThat(throttle.allow("198.51.100.1")).isFalse();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        StartThrottle throttle = new StartThrottle(0, clock);
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.allow("198.51.100.1")).isTrue();
        }
    }
}
