package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.WEEKDAYS;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.local;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mon–Fri 09:00–17:00 in New York, with the week of 2026-03-02 (Monday) as the example. */
class WeeklyHoursTests {

    private final OpeningHours officeHours = hours(NEW_YORK, weekly(WEEKDAYS, "09:00", "17:00"));

    @Test
    void opensAtNineExactly() {
        assertThat(officeHours.isOpenAt(at(NEW_YORK, "2026-03-02T08:59:59"))).isFalse();
        assertThat(officeHours.isOpenAt(at(NEW_YORK, "2026-03-02T09:00"))).isTrue();
        assertThat(officeHours.statusAt(at(NEW_YORK, "2026-03-02T08:59:59")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-03-02T09:00")));
    }

    @Test
    void closesAtFiveExactly() {
        assertThat(officeHours.isOpenAt(at(NEW_YORK, "2026-03-02T16:59:59"))).isTrue();
        assertThat(officeHours.isOpenAt(at(NEW_YORK, "2026-03-02T17:00"))).isFalse();
        assertThat(officeHours.statusAt(at(NEW_YORK, "2026-03-02T09:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-02T17:00")));
    }

    @Test
    void afterClosingTheNextOpeningIsTomorrowMorning() {
        assertThat(officeHours.statusAt(at(NEW_YORK, "2026-03-02T17:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-03-03T09:00")));
    }

    @Test
    void onFridayEveningTheNextOpeningIsMondayEvenWithTheClocksChangedInBetween() {
        Status status = officeHours.statusAt(at(NEW_YORK, "2026-03-06T17:00"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpens()).isEqualTo(local(NEW_YORK, "2026-03-09T09:00"));
        // Daylight saving began on Sunday 8 March: Friday was UTC-5, Monday is UTC-4.
        assertThat(status.nextOpens().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(Duration.between(at(NEW_YORK, "2026-03-06T17:00"), status.nextOpens()))
                .isEqualTo(Duration.ofHours(63));
    }

    @Test
    void isClosedAllWeekend() {
        assertThat(officeHours.isOpenAt(at(NEW_YORK, "2026-03-07T12:00"))).isFalse();
        assertThat(officeHours.statusAt(at(NEW_YORK, "2026-03-08T12:00")).nextOpens())
                .isEqualTo(local(NEW_YORK, "2026-03-09T09:00"));
    }

    @Test
    void aLunchBreakEndsTheOpening() {
        OpeningHours withLunch =
                hours(NEW_YORK, weekly(WEEKDAYS, "09:00", "12:00"), weekly(WEEKDAYS, "13:00", "17:00"));

        assertThat(withLunch.statusAt(at(NEW_YORK, "2026-03-02T11:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-02T12:00")));
        assertThat(withLunch.statusAt(at(NEW_YORK, "2026-03-02T12:30")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-03-02T13:00")));
    }

    @Test
    void backToBackRulesCloseOnlyAtTheEndOfTheLast() {
        OpeningHours shifts = hours(NEW_YORK, weekly(WEEKDAYS, "09:00", "12:00"), weekly(WEEKDAYS, "12:00", "17:00"));

        assertThat(shifts.statusAt(at(NEW_YORK, "2026-03-02T10:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-02T17:00")));
    }

    @Test
    void overlappingRulesCloseAtTheLaterEnd() {
        OpeningHours overlapping =
                hours(NEW_YORK, weekly(WEEKDAYS, "12:00", "17:00"), weekly(WEEKDAYS, "09:00", "13:00"));

        assertThat(overlapping.statusAt(at(NEW_YORK, "2026-03-02T09:30")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-02T17:00")));
    }

    @Test
    void anOvernightShiftIsOpenAfterMidnightAndClosesNextMorning() {
        OpeningHours fridayNights = hours(NEW_YORK, weekly(Set.of(DayOfWeek.FRIDAY), "20:00", "02:00"));

        assertThat(fridayNights.isOpenAt(at(NEW_YORK, "2026-03-07T01:30"))).isTrue();
        assertThat(fridayNights.statusAt(at(NEW_YORK, "2026-03-07T01:30")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-07T02:00")));
        assertThat(fridayNights.statusAt(at(NEW_YORK, "2026-03-06T23:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-07T02:00")));
    }

    @Test
    void anOvernightShiftIsClosedFromItsClosingTimeUntilNextWeek() {
        OpeningHours fridayNights = hours(NEW_YORK, weekly(Set.of(DayOfWeek.FRIDAY), "20:00", "02:00"));

        assertThat(fridayNights.isOpenAt(at(NEW_YORK, "2026-03-07T02:00"))).isFalse();
        assertThat(fridayNights.statusAt(at(NEW_YORK, "2026-03-07T02:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-03-13T20:00")));
        assertThat(fridayNights.statusAt(at(NEW_YORK, "2026-03-06T19:59")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-03-06T20:00")));
    }

    @Test
    void anOvernightShiftRunsIntoTheNextDaysHoursAsOneOpening() {
        OpeningHours nightsAndMornings =
                hours(NEW_YORK, weekly(Set.of(DayOfWeek.FRIDAY), "20:00", "02:00"), weekly(WEEKDAYS, "01:00", "06:00"));

        // Friday night runs to 02:00 Saturday; Saturday has no morning hours.
        assertThat(nightsAndMornings.statusAt(at(NEW_YORK, "2026-03-06T21:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-07T02:00")));
        OpeningHours thursdayNights = hours(
                NEW_YORK, weekly(Set.of(DayOfWeek.THURSDAY), "20:00", "02:00"), weekly(WEEKDAYS, "01:00", "06:00"));
        assertThat(thursdayNights.statusAt(at(NEW_YORK, "2026-03-05T21:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-06T06:00")));
    }

    @Test
    void aRuleWithEqualTimesIsOpenAFull24Hours() {
        OpeningHours mondayMorningToTuesdayMorning =
                hours(NEW_YORK, weekly(Set.of(DayOfWeek.MONDAY), "08:00", "08:00"));

        assertThat(mondayMorningToTuesdayMorning.statusAt(at(NEW_YORK, "2026-03-02T23:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-03-03T08:00")));
    }
}
