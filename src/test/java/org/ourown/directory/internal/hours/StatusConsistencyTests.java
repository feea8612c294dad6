package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.EVERY_DAY;
import static org.ourown.directory.internal.hours.TestSchedules.NEW_YORK;
import static org.ourown.directory.internal.hours.TestSchedules.WEEKDAYS;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * statusAt checked against the simpler answers: isOpenAt at the edges it reports, and the merged intervals over the
 * look-ahead. Covers a year of instants, so both clock changes and the skip-ahead over long openings are exercised.
 */
class StatusConsistencyTests {

    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T05:00:00Z");

    @Test
    void aHundredThousandCallsOnAWeeklyScheduleAgreeWithIsOpenAt() {
        OpeningHours hours = new OpeningHours(
                NEW_YORK,
                List.of(
                        weekly(WEEKDAYS, "09:00", "12:30"),
                        weekly(WEEKDAYS, "13:30", "17:00"),
                        weekly(Set.of(DayOfWeek.THURSDAY), "18:00", "21:00")),
                List.of(Closure.on(LocalDate.parse("2026-07-03"), "Independence Day (observed)")));
        int open = 0;
        for (int i = 0; i < 100_000; i++) {
            // Every 317 seconds: an odd step, so instants land all over the day across the whole year.
            Instant instant = NEW_YEAR.plusSeconds(317L * i);
            Status status = hours.statusAt(instant);
            assertThat(status.open()).isEqualTo(hours.isOpenAt(instant));
            if (status.open()) {
                open++;
                assertThat(hours.isOpenAt(status.closes().toInstant().minusSeconds(1)))
                        .isTrue();
                assertThat(hours.isOpenAt(status.closes().toInstant())).isFalse();
            } else {
                assertThat(status.nextOpens().toInstant()).isAfter(instant);
                assertThat(hours.isOpenAt(status.nextOpens().toInstant())).isTrue();
                assertThat(hours.isOpenAt(status.nextOpens().toInstant().minusSeconds(1)))
                        .isFalse();
            }
        }
        // 39.5 open hours out of 168 a week.
        assertThat(open).isBetween(22_000, 25_000);
    }

    @Test
    void statusAgreesWithTheMergedIntervalsForVariedSchedules() {
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        List<OpeningHours> schedules = List.of(
                new OpeningHours(
                        NEW_YORK,
                        List.of(OpeningRule.allDay(EVERY_DAY)),
                        List.of(
                                Closure.on(LocalDate.parse("2026-04-05"), "Easter"),
                                new Closure(LocalDate.parse("2026-08-10"), LocalDate.parse("2026-08-12"), "Repairs"))),
                new OpeningHours(
                        NEW_YORK,
                        List.of(
                                weekly(EVERY_DAY, "18:00", "06:00"),
                                weekly(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "06:00", "18:00")),
                        List.of(Closure.on(LocalDate.parse("2026-11-26"), "Thanksgiving"))),
                new OpeningHours(
                        NEW_YORK,
                        List.of(
                                OpeningRule.allDay(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)),
                                OpeningRule.monthly(-1, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.NOON),
                                weekly(Set.of(DayOfWeek.SUNDAY), "12:00", "00:00")
                                        .validBetween(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-09-30"))),
                        List.of()),
                new OpeningHours(
                        honolulu,
                        List.of(
                                OpeningRule.monthly(1, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)),
                                weekly(WEEKDAYS, "08:00", "16:00").validBetween(null, LocalDate.parse("2026-10-15"))),
                        List.of()));
        for (OpeningHours hours : schedules) {
            for (int i = 0; i < 500; i++) {
                // Every 17 h 31 min: visits every hour of the day and every weekday over the year.
                Instant instant = NEW_YEAR.plus(Duration.ofMinutes(1051L * i));
                assertAgreesWithIntervals(hours, instant);
            }
        }
    }

    private static void assertAgreesWithIntervals(OpeningHours hours, Instant instant) {
        Instant horizon = instant.plus(Duration.ofDays(OpeningHours.LOOK_AHEAD_DAYS - 2));
        List<Interval> ahead = hours.intervals(instant, horizon);
        Status status = hours.statusAt(instant);
        if (ahead.isEmpty()) {
            assertThat(status).as("at %s", instant).isEqualTo(Status.closedUntil(null));
        } else if (ahead.get(0).contains(instant)) {
            if (ahead.get(0).closes().toInstant().isBefore(horizon)) {
                assertThat(status)
                        .as("at %s", instant)
                        .isEqualTo(Status.openUntil(ahead.get(0).closes()));
            } else {
                assertThat(status.open()).as("at %s", instant).isTrue();
            }
        } else {
            assertThat(status)
                    .as("at %s", instant)
                    .isEqualTo(Status.closedUntil(ahead.get(0).opens()));
        }
    }
}
