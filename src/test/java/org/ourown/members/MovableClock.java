package org.ourown.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward, instead of waiting for time to pass. */
public class MovableClock extends Clock {

    private volatile Instant now = realNow();

    /** Back to the real time (to the microsecond, as PostgreSQL keeps it). */
    public void reset() {
        now = realNow();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    private static Instant realNow() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
