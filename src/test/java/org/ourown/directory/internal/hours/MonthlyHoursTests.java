package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.local;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** In 2026, January has five Fridays and five Saturdays; February, March and April have four of each. */
class MonthlyHoursTests {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime TWO_PM = LocalTime.of(14, 0);

    @Test
    void firstSaturdayIsOpenThatDayOnly() {
        OpeningHours firstSaturday = hours(NEW_YORK, OpeningRule.monthly(1, DayOfWeek.SATURDAY, TEN, TWO_PM));

        assertThat(firstSaturday.statusAt(at(NEW_YORK, "2026-01-03T11:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-01-03T14:00")));
        assertThat(firstSaturday.statusAt(at(NEW_YORK, "2026-01-10T11:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-02-07T10:00")));
    }

    @Test
    void lastFridayIsTheFifthInMonthsWithFive() {
        OpeningHours lastFriday = hours(NEW_YORK, OpeningRule.monthly(-1, DayOfWeek.FRIDAY, TEN, TWO_PM));

        assertThat(lastFriday.intervals(at(NEW_YORK, "2026-01-01T00:00"), at(NEW_YORK, "2026-03-01T00:00")))
                .extracting(interval -> interval.opens().toLocalDate())
                .containsExactly(LocalDate.parse("2026-01-30"), LocalDate.parse("2026-02-27"));
        assertThat(lastFriday.statusAt(at(NEW_YORK, "2026-01-23T11:00")).nextOpens())
                .isEqualTo(local(NEW_YORK, "2026-01-30T10:00"));
    }

    @Test
    void aFifthWeekdayIsSkippedInMonthsWithOnlyFour() {
        OpeningHours fifthSaturday = hours(NEW_YORK, OpeningRule.monthly(5, DayOfWeek.SATURDAY, TEN, TWO_PM));

        assertThat(fifthSaturday.intervals(at(NEW_YORK, "2026-02-01T00:00"), at(NEW_YORK, "2026-05-01T00:00")))
                .isEmpty();
        assertThat(fifthSaturday.statusAt(at(NEW_YORK, "2026-02-01T00:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-05-30T10:00")));
    }

    @Test
    void weekOfMonthCountsWholeWeeksFromTheFirstOfTheMonth() {
        OpeningRule secondTuesday = OpeningRule.monthly(2, DayOfWeek.TUESDAY, TEN, TWO_PM);
        OpeningRule lastSaturday = OpeningRule.monthly(-1, DayOfWeek.SATURDAY, TEN, TWO_PM);
        OpeningRule fifthSaturday = OpeningRule.monthly(5, DayOfWeek.SATURDAY, TEN, TWO_PM);

        assertThat(secondTuesday.startsOn(LocalDate.parse("2026-01-06"))).isFalse();
        assertThat(secondTuesday.startsOn(LocalDate.parse("2026-01-13"))).isTrue();
        assertThat(secondTuesday.startsOn(LocalDate.parse("2026-01-20"))).isFalse();
        assertThat(lastSaturday.startsOn(LocalDate.parse("2026-01-24"))).isFalse();
        assertThat(lastSaturday.startsOn(LocalDate.parse("2026-01-31"))).isTrue();
        assertThat(lastSaturday.startsOn(LocalDate.parse("2026-02-28"))).isTrue();
        assertThat(fifthSaturday.startsOn(LocalDate.parse("2026-01-31"))).isTrue();
        assertThat(fifthSaturday.startsOn(LocalDate.parse("2026-02-28"))).isFalse();
    }

    @Test
    void aRareMonthlyRuleIsFoundElevenMonthsAhead() {
        OpeningRule decemberGathering = OpeningRule.monthly(-1, DayOfWeek.SUNDAY, TEN, TWO_PM)
                .validBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));

        assertThat(hours(NEW_YORK, decemberGathering).statusAt(at(NEW_YORK, "2026-01-05T12:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-12-27T10:00")));
    }
}
