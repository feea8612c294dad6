package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ourown.directory.internal.hours.TestSchedules.EVERY_DAY;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.WEEKDAYS;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.local;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The week of Monday 2 March 2026 in New York. */
class IntervalsTests {

    @Test
    void listsAWeeksOpeningsInOrder() {
        OpeningHours hours = hours(NEW_YORK, weekly(WEEKDAYS, "09:00", "17:00"));

        List<Interval> week = hours.intervals(at(NEW_YORK, "2026-03-02T00:00"), at(NEW_YORK, "2026-03-09T00:00"));

        assertThat(week).hasSize(5);
        assertThat(week.get(0))
                .isEqualTo(new Interval(local(NEW_YORK, "2026-03-02T09:00"), local(NEW_YORK, "2026-03-02T17:00")));
        assertThat(week.get(4))
                .isEqualTo(new Interval(local(NEW_YORK, "2026-03-06T09:00"), local(NEW_YORK, "2026-03-06T17:00")));
        assertThat(week).isSortedAccordingTo(OpeningCalendar.BY_OPENING);
    }

    @Test
    void mergesTouchingAndOverlappingIntervals() {
        OpeningHours hours = hours(
                NEW_YORK,
                weekly(Set.of(DayOfWeek.MONDAY), "09:00", "12:00"),
                weekly(Set.of(DayOfWeek.MONDAY), "12:00", "15:00"),
                weekly(Set.of(DayOfWeek.MONDAY), "14:00", "18:00"),
                weekly(Set.of(DayOfWeek.MONDAY), "19:00", "21:00"));

        assertThat(hours.intervals(at(NEW_YORK, "2026-03-02T00:00"), at(NEW_YORK, "2026-03-03T00:00")))
                .containsExactly(
                        new Interval(local(NEW_YORK, "2026-03-02T09:00"), local(NEW_YORK, "2026-03-02T18:00")),
                        new Interval(local(NEW_YORK, "2026-03-02T19:00"), local(NEW_YORK, "2026-03-02T21:00")));
    }

    @Test
    void mergesAnOvernightShiftWithTheMorningAfter() {
        OpeningHours hours = hours(
                NEW_YORK,
                weekly(Set.of(DayOfWeek.FRIDAY), "20:00", "02:00"),
                weekly(Set.of(DayOfWeek.SATURDAY), "02:00", "06:00"));

        assertThat(hours.intervals(at(NEW_YORK, "2026-03-06T00:00"), at(NEW_YORK, "2026-03-08T00:00")))
                .containsExactly(
                        new Interval(local(NEW_YORK, "2026-03-06T20:00"), local(NEW_YORK, "2026-03-07T06:00")));
    }

    @Test
    void showsTheRealStartAndEndOfOpeningsThatCrossTheWindowsEdges() {
        OpeningHours hours = hours(NEW_YORK, weekly(Set.of(DayOfWeek.FRIDAY), "20:00", "02:00"));

        assertThat(hours.intervals(at(NEW_YORK, "2026-03-07T00:00"), at(NEW_YORK, "2026-03-07T01:00")))
                .containsExactly(
                        new Interval(local(NEW_YORK, "2026-03-06T20:00"), local(NEW_YORK, "2026-03-07T02:00")));
        assertThat(hours.intervals(at(NEW_YORK, "2026-03-07T02:00"), at(NEW_YORK, "2026-03-13T20:00")))
                .isEmpty();
    }

    @Test
    void anOpeningThatRunsOnIsFollowedForAWeekBeyondTheWindow() {
        OpeningHours respite = hours(NEW_YORK, OpeningRule.allDay(EVERY_DAY));

        assertThat(respite.intervals(at(NEW_YORK, "2026-06-10T12:00"), at(NEW_YORK, "2026-06-11T12:00")))
                .containsExactly(
                        new Interval(local(NEW_YORK, "2026-06-03T00:00"), local(NEW_YORK, "2026-06-19T00:00")));
    }

    @Test
    void anEmptyWindowHasNoIntervalsAndABackwardsOneIsRefused() {
        OpeningHours hours = hours(NEW_YORK, OpeningRule.allDay(EVERY_DAY));
        Instant noon = at(NEW_YORK, "2026-06-10T12:00");

        assertThat(hours.intervals(noon, noon)).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> hours.intervals(noon, noon.minusSeconds(1)))
                .withMessageContaining("ends")
                .withMessageContaining("before it starts");
    }
}
