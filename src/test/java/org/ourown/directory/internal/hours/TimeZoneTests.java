package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.TestSchedules.WEEKDAYS;
import static org.ourown.directory.internal.hours.TestSchedules.hours;
import static org.ourown.directory.internal.hours.TestSchedules.weekly;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same rules read in the program's own zone, far behind UTC, ahead of it, and with odd clock changes. */
class TimeZoneTests {

    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void honoluluIsOpenInTheUtcEveningOfItsOwnMonday() {
        OpeningHours hours = hours(HONOLULU, weekly(WEEKDAYS, "09:00", "17:00"));

        // Monday 1 June 2026, 09:00 HST (UTC-10) is 19:00 UTC.
        assertThat(hours.isOpenAt(Instant.parse("2026-06-01T18:59:59Z"))).isFalse();
        assertThat(hours.isOpenAt(Instant.parse("2026-06-01T19:00:00Z"))).isTrue();
        // By UTC it is already Tuesday; in Honolulu it is Monday 16:30.
        assertThat(hours.statusAt(Instant.parse("2026-06-02T02:30:00Z"))
                        .closes()
                        .toInstant())
                .isEqualTo(Instant.parse("2026-06-02T03:00:00Z"));
    }

    @Test
    void honoluluFridayEveningWaitsForItsOwnMonday() {
        OpeningHours hours = hours(HONOLULU, weekly(WEEKDAYS, "09:00", "17:00"));

        // Friday 17:00 HST is Saturday 03:00 UTC.
        Status status = hours.statusAt(Instant.parse("2026-06-06T03:00:00Z"));

        assertThat(status.open()).isFalse();
        assertThat(status.nextOpens().toInstant()).isEqualTo(Instant.parse("2026-06-08T19:00:00Z"));
        assertThat(status.nextOpens().getZone()).isEqualTo(HONOLULU);
    }

    @Test
    void honoluluKeepsItsHoursWhenTheMainlandChangesClocks() {
        OpeningHours hours = hours(HONOLULU, weekly(Set.of(DayOfWeek.SUNDAY), "00:00", "06:00"));

        Status status = hours.statusAt(Instant.parse("2026-03-08T11:00:00Z"));

        assertThat(status.closes().toInstant()).isEqualTo(Instant.parse("2026-03-08T16:00:00Z"));
    }

    @Test
    void tokyoIsOpenOnItsMondayWhileUtcIsStillSunday() {
        OpeningHours hours = hours(TOKYO, weekly(Set.of(DayOfWeek.MONDAY), "09:00", "17:00"));

        // Monday 1 June 2026, 09:00 JST (UTC+9) is 00:00 UTC; a second earlier it is Sunday in UTC.
        assertThat(hours.statusAt(Instant.parse("2026-05-31T23:59:59Z"))
                        .nextOpens()
                        .toInstant())
                .isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(hours.isOpenAt(Instant.parse("2026-06-01T00:00:00Z"))).isTrue();
        assertThat(hours.isOpenAt(Instant.parse("2026-06-01T08:00:00Z"))).isFalse();
    }

    @Test
    void tokyoOvernightHoursAreOpenOnAUtcFriday() {
        OpeningHours hours = hours(TOKYO, weekly(Set.of(DayOfWeek.FRIDAY), "22:00", "06:00"));

        // Friday 20:00 UTC is Saturday 05:00 in Tokyo, inside Friday night's shift.
        assertThat(hours.statusAt(Instant.parse("2026-06-05T20:00:00Z"))
                        .closes()
                        .toInstant())
                .isEqualTo(Instant.parse("2026-06-05T21:00:00Z"));
    }

    @Test
    void theSameRuleIsThirteenHoursApartInTokyoAndNewYork() {
        OpeningRule monday = weekly(Set.of(DayOfWeek.MONDAY), "09:00", "17:00");
        Instant sunday = Instant.parse("2026-05-31T12:00:00Z");

        ZonedDateTime tokyo = hours(TOKYO, monday).statusAt(sunday).nextOpens();
        ZonedDateTime newYork =
                hours(TestSchedules.NEW_YORK, monday).statusAt(sunday).nextOpens();

        assertThat(Duration.between(tokyo, newYork)).isEqualTo(Duration.ofHours(13));
    }

    @Test
    void anAllDayRuleStartsWhenTheDayDoesInAZoneThatSkipsMidnight() {
        // Havana springs forward at midnight: on Sunday 8 March 2026 the day begins at 01:00.
        ZoneId havana = ZoneId.of("America/Havana");
        OpeningHours sundays = hours(havana, OpeningRule.allDay(Set.of(DayOfWeek.SUNDAY)));

        Interval sunday = sundays.intervals(
                        Instant.parse("2026-03-08T12:00:00Z"), Instant.parse("2026-03-08T13:00:00Z"))
                .get(0);

        assertThat(sunday.opens().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T01:00"));
        assertThat(sunday.duration()).isEqualTo(Duration.ofHours(23));
    }
}
