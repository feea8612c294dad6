package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.EVERY_DAY;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.WEEKDAYS;
import static org.ourown.directory.internal.hours.TestSchedules.at;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.local;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** validFrom/validTo, and what statusAt says when nothing opens for a long time, or ever. */
class ValidityAndLookAheadTests {

    private static final OpeningRule JUNE_ONLY = weekly(WEEKDAYS, "09:00", "17:00")
            .validBetween(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"));

    @Test
    void aRuleDoesNotOpenBeforeItsValidFromDate() {
        OpeningHours hours = hours(NEW_YORK, JUNE_ONLY);

        assertThat(hours.isOpenAt(at(NEW_YORK, "2026-05-29T10:00"))).isFalse();
        assertThat(hours.statusAt(at(NEW_YORK, "2026-05-29T10:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-06-01T09:00")));
    }

    @Test
    void aRuleOpensOnItsValidToDateAndNotAfter() {
        OpeningHours hours = hours(NEW_YORK, JUNE_ONLY);

        assertThat(hours.isOpenAt(at(NEW_YORK, "2026-06-30T10:00"))).isTrue();
        assertThat(hours.isOpenAt(at(NEW_YORK, "2026-07-01T10:00"))).isFalse();
        assertThat(hours.statusAt(at(NEW_YORK, "2026-06-30T18:00"))).isEqualTo(Status.closedUntil(null));
    }

    @Test
    void anOvernightIntervalStartingOnTheValidToDateRunsPastIt() {
        OpeningHours hours = hours(
                NEW_YORK,
                weekly(Set.of(DayOfWeek.FRIDAY), "20:00", "02:00").validBetween(null, LocalDate.parse("2026-06-26")));

        assertThat(hours.statusAt(at(NEW_YORK, "2026-06-27T01:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-06-27T02:00")));
        assertThat(hours.isOpenAt(at(NEW_YORK, "2026-07-04T01:00"))).isFalse();
    }

    @Test
    void newHoursTakeOverFromOldOnTheirDate() {
        OpeningHours hours = hours(
                NEW_YORK,
                weekly(WEEKDAYS, "09:00", "17:00").validBetween(null, LocalDate.parse("2026-06-30")),
                weekly(WEEKDAYS, "10:00", "20:00").validBetween(LocalDate.parse("2026-07-01"), null));

        assertThat(hours.statusAt(at(NEW_YORK, "2026-06-30T18:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, "2026-07-01T10:00")));
        assertThat(hours.statusAt(at(NEW_YORK, "2026-07-01T18:00")))
                .isEqualTo(Status.openUntil(local(NEW_YORK, "2026-07-01T20:00")));
    }

    @Test
    void theNextOpeningIsFoundUpTo400DaysAhead() {
        LocalDate today = LocalDate.parse("2026-01-05");
        OpeningHours hours =
                hours(NEW_YORK, weekly(EVERY_DAY, "09:00", "17:00").validBetween(today.plusDays(399), null));

        assertThat(hours.statusAt(at(NEW_YORK, "2026-01-05T12:00")))
                .isEqualTo(Status.closedUntil(local(NEW_YORK, today.plusDays(399) + "T09:00")));
    }

    @Test
    void anOpeningBeyondTheLookAheadIsNotReported() {
        OpeningHours hours = hours(
                NEW_YORK,
                weekly(EVERY_DAY, "09:00", "17:00")
                        .validBetween(LocalDate.parse("2026-01-05").plusDays(500), null));

        assertThat(hours.statusAt(at(NEW_YORK, "2026-01-05T12:00"))).isEqualTo(Status.closedUntil(null));
    }

    @Test
    void withoutRulesNothingEverOpens() {
        OpeningHours none = new OpeningHours(NEW_YORK, List.of(), List.of());

        assertThat(none.statusAt(at(NEW_YORK, "2026-01-05T12:00"))).isEqualTo(Status.closedUntil(null));
        assertThat(none.isOpenAt(at(NEW_YORK, "2026-01-05T12:00"))).isFalse();
        assertThat(none.intervals(at(NEW_YORK, "2026-01-01T00:00"), at(NEW_YORK, "2027-01-01T00:00")))
                .isEmpty();
    }

    @Test
    void whenEveryRuleHasExpiredNothingOpensAgain() {
        OpeningHours expired = hours(
                NEW_YORK,
                weekly(WEEKDAYS, "09:00", "17:00").validBetween(null, LocalDate.parse("2025-12-31")),
                OpeningRule.monthly(1, DayOfWeek.SATURDAY, LocalTime.NOON, LocalTime.MIDNIGHT)
                        .validBetween(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30")));

        assertThat(expired.statusAt(at(NEW_YORK, "2026-01-05T12:00"))).isEqualTo(Status.closedUntil(null));
    }
}
