package org.ourown.directory.internal.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Shorthand for the hours tests: zones, day sets, and instants written as the program's local time. */
final class TestSchedules {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private TestSchedules() {}

    static OpeningHours hours(ZoneId zone, OpeningRule... rules) {
        return new OpeningHours(zone, List.of(rules), List.of());
    }

    static OpeningRule weekly(Set<DayOfWeek> days, String opensAt, String closesAt) {
        return OpeningRule.weekly(days, LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    /** A local wall time that exists once in {@code zone}, e.g. "2026-03-02T09:00". */
    static ZonedDateTime local(ZoneId zone, String localDateTime) {
        ZonedDateTime result = LocalDateTime.parse(localDateTime).atZone(zone);
        if (!result.toLocalDateTime().equals(LocalDateTime.parse(localDateTime))) {
            throw new IllegalArgumentException(localDateTime + " does not exist in " + zone);
        }
        return result;
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return local(zone, localDateTime).toInstant();
    }

    /** An instant written with its offset, for wall times that happen twice, e.g. "2026-11-01T01:30-05:00". */
    static Instant atOffset(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
