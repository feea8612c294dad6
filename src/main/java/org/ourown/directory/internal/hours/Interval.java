package org.ourown.directory.internal.hours;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * An opening interval, [opens, closes), as instants that also carry the program's local time for display. The
 * duration is real elapsed time, so it differs from the wall-clock span on daylight-saving days.
 */
public record Interval(ZonedDateTime opens, ZonedDateTime closes) {

    public Interval {
        if (opens == null || closes == null) {
            throw new IllegalArgumentException("an interval needs both ends; got " + opens + " to " + closes);
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("an interval must close after it opens; got " + opens + " to " + closes);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(opens.toInstant()) && instant.isBefore(closes.toInstant());
    }

    public Duration duration() {
        return Duration.between(opens, closes);
    }
}
