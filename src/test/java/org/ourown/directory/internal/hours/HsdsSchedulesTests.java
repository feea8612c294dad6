package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ourown.directory.internal.hours.HsdsSchedules.fromHsds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HsdsSchedulesTests {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    @Test
    void readsAWeeklySchedule() {
        assertThat(fromHsds("WEEKLY", "MO,TU,WE", "09:00", "17:00", null, null))
                .isEqualTo(OpeningRule.weekly(
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), NINE, FIVE));
    }

    @Test
    void readsMonthlySchedules() {
        assertThat(fromHsds("MONTHLY", "1SA", "10:00", "14:00", null, null))
                .isEqualTo(OpeningRule.monthly(1, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
        assertThat(fromHsds("MONTHLY", "-1FR", "09:00", "17:00", null, null))
                .isEqualTo(OpeningRule.monthly(-1, DayOfWeek.FRIDAY, NINE, FIVE));
        assertThat(fromHsds("MONTHLY", "+2TU", "09:00", "17:00", null, null).weekOfMonth())
                .isEqualTo(2);
        assertThat(fromHsds("MONTHLY", "1SA,1SU", "09:00", "17:00", null, null).days())
                .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void isLenientAboutCaseSpacesAndSeconds() {
        OpeningRule rule = fromHsds(" weekly ", "mo, Tu ", "09:00:00", "17:00:30", " 2026-01-01 ", "");

        assertThat(rule.freq()).isEqualTo(Frequency.WEEKLY);
        assertThat(rule.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(rule.closesAt()).isEqualTo(LocalTime.of(17, 0, 30));
        assertThat(rule.validFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(rule.validTo()).isNull();
    }

    @Test
    void noTimesOrHsdsMidnightTo2359MeanAllDay() {
        OpeningRule allDay = OpeningRule.allDay(Set.of(DayOfWeek.SATURDAY));

        assertThat(fromHsds("WEEKLY", "SA", null, "", null, null)).isEqualTo(allDay);
        assertThat(fromHsds("WEEKLY", "SA", "00:00", "23:59", null, null)).isEqualTo(allDay);
        assertThat(fromHsds("WEEKLY", "SA", "00:00:00", "23:59:59", null, null)).isEqualTo(allDay);
    }

    @Test
    void closingAt2400IsMidnightAtTheEndOfTheDay() {
        OpeningRule rule = fromHsds("WEEKLY", "FR", "18:00", "24:00", null, null);

        assertThat(rule.closesAt()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(rule.overnight()).isTrue();
    }

    @Test
    void readsValidityDates() {
        OpeningRule rule = fromHsds("WEEKLY", "MO", "09:00", "17:00", "2026-06-01", "2026-06-30");

        assertThat(rule.validFrom()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(rule.validTo()).isEqualTo(LocalDate.parse("2026-06-30"));
    }

    @Test
    void writesRulesBackSoTheyReadTheSame() {
        List<OpeningRule> rules = List.of(
                OpeningRule.weekly(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY), NINE, FIVE),
                OpeningRule.monthly(1, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)),
                OpeningRule.monthly(-1, DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(2, 0)),
                new OpeningRule(
                        Frequency.MONTHLY,
                        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        3,
                        null,
                        null,
                        true,
                        null,
                        null),
                OpeningRule.allDay(EnumSet.allOf(DayOfWeek.class))
                        .validBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
                OpeningRule.weekly(Set.of(DayOfWeek.TUESDAY), LocalTime.of(9, 15, 30), LocalTime.of(9, 15, 30)));
        for (OpeningRule rule : rules) {
            String validFrom =
                    rule.validFrom() == null ? null : rule.validFrom().toString();
            String validTo = rule.validTo() == null ? null : rule.validTo().toString();

            OpeningRule read = fromHsds(
                    HsdsSchedules.freq(rule),
                    HsdsSchedules.byday(rule),
                    HsdsSchedules.opensAt(rule),
                    HsdsSchedules.closesAt(rule),
                    validFrom,
                    validTo);

            assertThat(read).as(rule.toString()).isEqualTo(rule);
        }
    }

    @Test
    void writesBydayInWeekOrderWithTheWeekOfMonth() {
        assertThat(HsdsSchedules.byday(OpeningRule.weekly(
                        EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY), NINE, FIVE)))
                .isEqualTo("MO,FR,SU");
        assertThat(HsdsSchedules.byday(OpeningRule.monthly(-1, DayOfWeek.FRIDAY, NINE, FIVE)))
                .isEqualTo("-1FR");
        assertThat(HsdsSchedules.freq(OpeningRule.monthly(2, DayOfWeek.TUESDAY, NINE, FIVE)))
                .isEqualTo("MONTHLY");
        assertThat(HsdsSchedules.opensAt(OpeningRule.allDay(Set.of(DayOfWeek.MONDAY))))
                .isEqualTo("00:00");
        assertThat(HsdsSchedules.closesAt(OpeningRule.allDay(Set.of(DayOfWeek.MONDAY))))
                .isEqualTo("23:59");
    }
}
