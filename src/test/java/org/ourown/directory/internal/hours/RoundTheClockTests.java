package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.EVERY_DAY;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.local;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Respites and 24-hour warm lines: openings that run for days, weeks or for good. */
class RoundTheClockTests {

    private static final OpeningRule ALL_DAY_EVERY_DAY = OpeningRule.allDay(EVERY_DAY);

    @Test
    void allDayEveryDayIsAlwaysOpen() {
        OpeningHours respite = hours(NEW_YORK, ALL_DAY_EVERY_DAY);

        assertThat(respite.statusAt(at(NEW_YORK, "2026-03-08T03:00"))).isEqualTo(Status.openAlways());
        assertThat(respite.statusAt(at(NEW_YORK, "2026-07-15T00:00")).alwaysOpen())
                .isTrue();
        assertThat(respite.isOpenAt(at(NEW_YORK, "2026-11-01T01:30"))).isTrue();
    }

    @Test
    void twentyFourHourShiftsEveryDayAreAlwaysOpen() {
        OpeningHours shifts = hours(NEW_YORK, weekly(EVERY_DAY, "08:00", "08:00"));

        assertThat(shifts.statusAt(at(NEW_YORK, "2026-05-05T07:59"))).isEqualTo(Status.openAlways());
    }

    @Test
    void allDayOnSomeDaysClosesAtTheEndOfTheLastOfThem() {
        OpeningHours weekends =
                hours(NEW_YORK, OpeningRule.allDay(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));

        assertThat(weekends.statusAt(at(NEW_YORK, "2026-06-13T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-06-15T00:00")));
        assertThat(weekends.statusAt(at(NEW_YORK, "2026-06-12T00:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-06-15T00:00")));
        assertThat(weekends.statusAt(at(NEW_YORK, "2026-06-15T00:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-06-19T00:00")));
    }

    @Test
    void allDayRunsOnIntoTheNextDaysEarlyHours() {
        OpeningHours hours = hours(
                NEW_YORK,
                OpeningRule.allDay(Set.of(DayOfWeek.SATURDAY)),
                weekly(Set.of(DayOfWeek.SUNDAY), "00:00", "04:00"));

        assertThat(hours.statusAt(at(NEW_YORK, "2026-06-13T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-06-14T04:00")));
    }

    @Test
    void aHolidayMonthsAwayEndsAnAlwaysOpenWeek() {
        OpeningHours respite = new OpeningHours(
                NEW_YORK,
                List.of(ALL_DAY_EVERY_DAY),
                List.of(Closure.on(LocalDate.parse("2026-12-25"), "Staff holiday")));

        // The clocks change twice before the holiday; the opening still ends at the start of the local day.
        assertThat(respite.statusAt(at(NEW_YORK, "2026-02-01T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-12-25T00:00")));
        assertThat(respite.statusAt(at(NEW_YORK, "2026-12-25T09:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-12-26T00:00")));
        assertThat(respite.statusAt(at(NEW_YORK, "2026-12-26T00:00")).alwaysOpen())
                .isTrue();
    }

    @Test
    void aHolidayBeyondTheLookAheadStillCountsAsAlwaysOpen() {
        OpeningHours respite = new OpeningHours(
                NEW_YORK, List.of(ALL_DAY_EVERY_DAY), List.of(Closure.on(LocalDate.parse("2027-06-01"), "Move")));

        assertThat(respite.statusAt(at(NEW_YORK, "2026-03-01T12:00"))).isEqualTo(Status.openAlways());
        assertThat(respite.statusAt(at(NEW_YORK, "2026-06-01T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2027-06-01T00:00")));
    }

    @Test
    void aRuleThatEndsEndsTheOpening() {
        OpeningHours pilot = hours(
                NEW_YORK, ALL_DAY_EVERY_DAY.validBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-09-30")));

        assertThat(pilot.statusAt(at(NEW_YORK, "2026-04-10T10:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-10-01T00:00")));
        assertThat(pilot.statusAt(at(NEW_YORK, "2026-10-01T00:00"))).isEqualTo(Status.closedUntil(null));
    }

    @Test
    void aWeeklyGapOnTheDaylightSavingSundayIsNotMistakenForAlwaysOpen() {
        // Open all week except Sunday 02:00–03:00: on 8 March that hour does not exist, so the opening bridges it,
        // but on every other Sunday it closes.
        OpeningHours hours = hours(
                NEW_YORK,
                OpeningRule.allDay(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)),
                weekly(Set.of(DayOfWeek.SUNDAY), "00:00", "02:00"),
                weekly(Set.of(DayOfWeek.SUNDAY), "03:00", "00:00"));

        assertThat(hours.statusAt(at(NEW_YORK, "2026-03-07T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-15T02:00")));
        assertThat(hours.statusAt(at(NEW_YORK, "2026-03-15T02:30")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-03-15T03:00")));
    }

    @Test
    void aMonthlyDayCanJoinTwoWeeksIntoOneOpening() {
        OpeningHours hours = new OpeningHours(
                NEW_YORK,
                List.of(
                        OpeningRule.allDay(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)),
                        new OpeningRule(Frequency.MONTHLY, Set.of(DayOfWeek.SUNDAY), 1, null, null, true, null, null)),
                List.of());

        // 7 June 2026 is the first Sunday of June, so the opening runs on to the end of Saturday 13 June.
        assertThat(hours.statusAt(at(NEW_YORK, "2026-06-01T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-06-14T00:00")));
        assertThat(hours.statusAt(at(NEW_YORK, "2026-06-15T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-06-21T00:00")));
    }

    @Test
    void monthlyDaysThatBridgeWeeksDoNotCountAsAWeeklyPattern() {
        List<OpeningRule> rules = new ArrayList<>();
        rules.add(OpeningRule.allDay(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)));
        for (int week = 1; week <= 4; week++) {
            rules.add(new OpeningRule(Frequency.MONTHLY, Set.of(DayOfWeek.SUNDAY), week, null, null, true, null, null));
        }
        OpeningHours hours =
                new OpeningHours(NEW_YORK, rules, List.of(Closure.on(LocalDate.parse("2026-12-25"), "Christmas Day")));

        // February 2026 has four Sundays, March has five: the opening ends as 29 March begins.
        assertThat(hours.statusAt(at(NEW_YORK, "2026-02-02T12:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-29T00:00")));
    }
}
