package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.atOffset;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.local;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * New York in 2026: clocks jump from 02:00 to 03:00 on Sunday 8 March and fall back from 02:00 to 01:00 on Sunday 1
 * November.
 */
class DaylightSavingTests {

    private static final Set<DayOfWeek> SATURDAY = Set.of(DayOfWeek.SATURDAY);
    private static final Set<DayOfWeek> SUNDAY = Set.of(DayOfWeek.SUNDAY);

    @Test
    void springForwardShortensAnIntervalAcrossTheGap() {
        Interval sunday = onlyInterval(hours(NEW_YORK, weekly(SUNDAY, "01:00", "03:30")), "2026-03-08");

        assertThat(sunday.opens()).isEqualTo(local(NEW_YORK, "2026-03-08T01:00"));
        assertThat(sunday.closes()).isEqualTo(local(NEW_YORK, "2026-03-08T03:30"));
        assertThat(sunday.duration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void anOpeningTimeThatDoesNotExistOpensWhenTheClocksHaveJumpedPastIt() {
        OpeningHours hours = hours(NEW_YORK, weekly(SUNDAY, "02:30", "05:00"));

        Interval sunday = onlyInterval(hours, "2026-03-08");

        // 02:30 never shows on the clock that night; 03:00 is the first moment the clock is past it.
        assertThat(sunday.opens().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T03:00"));
        assertThat(sunday.opens().toInstant()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        // ZonedDateTime.of would shift by the gap's length instead, an hour late.
        assertThat(ZonedDateTime.of(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK)
                        .toLocalTime())
                .hasToString("03:30");
        assertThat(hours.statusAt(at(NEW_YORK, "2026-03-08T01:59:59")).nextOpens())
                .isEqualTo(sunday.opens());
    }

    @Test
    void aClosingTimeThatDoesNotExistClosesWhenTheClocksJumpPastIt() {
        OpeningHours saturdayNights = hours(NEW_YORK, weekly(SATURDAY, "22:00", "02:30"));

        Interval night = onlyInterval(saturdayNights, "2026-03-07");

        assertThat(night.closes().toInstant()).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void anIntervalInsideTheGapDoesNotHappenThatDay() {
        OpeningHours hours = hours(NEW_YORK, weekly(SUNDAY, "02:10", "02:50"));

        assertThat(hours.intervals(at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-09T00:00")))
                .isEmpty();
        assertThat(hours.statusAt(at(NEW_YORK, "2026-03-08T01:00")).nextOpens())
                .isEqualTo(local(NEW_YORK, "2026-03-15T02:10"));
    }

    @Test
    void anOvernightShiftAcrossSpringForwardLastsSevenHours() {
        Interval night = onlyInterval(hours(NEW_YORK, weekly(SATURDAY, "22:00", "06:00")), "2026-03-07");

        assertThat(night.opens().toInstant()).isEqualTo(Instant.parse("2026-03-08T03:00:00Z"));
        assertThat(night.closes().toInstant()).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void anOpeningTimeThatHappensTwiceMeansTheFirst() {
        OpeningHours hours = hours(NEW_YORK, weekly(SUNDAY, "01:30", "04:00"));

        Interval sunday = onlyInterval(hours, "2026-11-01");

        assertThat(sunday.opens().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(sunday.opens().toInstant()).isEqualTo(atOffset("2026-11-01T01:30-04:00"));
        assertThat(sunday.duration()).isEqualTo(Duration.ofMinutes(210));
        assertThat(hours.isOpenAt(atOffset("2026-11-01T01:29-04:00"))).isFalse();
        assertThat(hours.isOpenAt(atOffset("2026-11-01T01:15-05:00"))).isTrue();
    }

    @Test
    void aClosingTimeThatHappensTwiceMeansTheFirst() {
        OpeningHours saturdayNights = hours(NEW_YORK, weekly(SATURDAY, "22:00", "01:30"));

        assertThat(saturdayNights.statusAt(atOffset("2026-11-01T01:00-04:00")).closes())
                .isEqualTo(ZonedDateTime.ofInstant(atOffset("2026-11-01T01:30-04:00"), NEW_YORK));
        assertThat(saturdayNights.isOpenAt(atOffset("2026-11-01T01:00-05:00"))).isFalse();
    }

    @Test
    void anOvernightShiftAcrossFallBackLastsNineHours() {
        OpeningHours saturdayNights = hours(NEW_YORK, weekly(SATURDAY, "22:00", "06:00"));

        Interval night = onlyInterval(saturdayNights, "2026-10-31");

        assertThat(night.opens().toInstant()).isEqualTo(Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(night.closes().toInstant()).isEqualTo(Instant.parse("2026-11-01T11:00:00Z"));
        assertThat(night.duration()).isEqualTo(Duration.ofHours(9));
        assertThat(saturdayNights.statusAt(atOffset("2026-11-01T01:30-05:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-11-01T06:00")));
    }

    @Test
    void anAllDayRuleFollowsTheLengthOfTheDay() {
        OpeningHours sundays = hours(NEW_YORK, OpeningRule.allDay(SUNDAY));

        assertThat(onlyInterval(sundays, "2026-03-08").duration()).isEqualTo(Duration.ofHours(23));
        assertThat(onlyInterval(sundays, "2026-11-01").duration()).isEqualTo(Duration.ofHours(25));
        assertThat(onlyInterval(sundays, "2026-03-15").duration()).isEqualTo(Duration.ofHours(24));
    }

    /** The one interval that starts on the local date {@code date}. */
    private static Interval onlyInterval(OpeningHours hours, String date) {
        Instant noon = at(NEW_YORK, date + "T12:00");
        List<Interval> intervals =
                hours.intervals(noon.minus(Duration.ofHours(11)), noon.plus(Duration.ofHours(11))).stream()
                        .filter(interval ->
                                interval.opens().toLocalDate().toString().equals(date))
                        .toList();
        assertThat(intervals).hasSize(1);
        return intervals.get(0);
    }
}
