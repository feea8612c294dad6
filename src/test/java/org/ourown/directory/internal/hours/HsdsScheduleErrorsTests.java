package org.ourown.directory.internal.hours;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ourown.directory.internal.hours.HsdsSchedules.fromHsds;

import org.junit.jupiter.api.Test;

/** The messages an import report shows for bad HSDS schedule fields: each names the field and the value. */
class HsdsScheduleErrorsTests {

    @Test
    void namesTheBadFreq() {
        assertBad(
                "DAILY", "MO", "09:00", "17:00", null, null, "freq \"DAILY\" is not supported; use WEEKLY or MONTHLY");
        assertBad(" ", "MO", "09:00", "17:00", null, null, "freq is missing; use WEEKLY or MONTHLY");
    }

    @Test
    void namesTheBadByday() {
        assertBad(
                "WEEKLY", "MO,XX", "09:00", "17:00", null, null, "byday \"XX\" is not a day; use MO,TU,WE,TH,FR,SA,SU");
        assertBad(
                "WEEKLY",
                "Monday",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"Monday\" is not a day; use MO,TU,WE,TH,FR,SA,SU");
        assertBad(
                "WEEKLY",
                "MO,,TU",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"MO,,TU\" has an empty entry; use MO,TU,WE,TH,FR,SA,SU");
        assertBad("WEEKLY", "", "09:00", "17:00", null, null, "byday is missing; use days like MO,TU,WE,TH,FR,SA,SU");
        assertBad(
                "WEEKLY",
                "1SA",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"1SA\" has a week of the month, which only freq MONTHLY allows");
    }

    @Test
    void namesTheBadMonthlyByday() {
        assertBad(
                "MONTHLY",
                "SA",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"SA\" needs the week of the month with freq MONTHLY, e.g. 1SA or -1SA");
        assertBad(
                "MONTHLY",
                "6SA",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"6SA\": the week of the month must be 1 to 5, or -1 for the last");
        assertBad(
                "MONTHLY",
                "-2SA",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"-2SA\": the week of the month must be 1 to 5, or -1 for the last");
        assertBad(
                "MONTHLY",
                "1SA,3SA",
                "09:00",
                "17:00",
                null,
                null,
                "byday \"1SA,3SA\" mixes weeks of the month; use one schedule per week of the month");
    }

    @Test
    void namesTheBadTimes() {
        assertBad(
                "WEEKLY",
                "MO",
                "9am",
                "17:00",
                null,
                null,
                "opens_at \"9am\" is not a local time; use HH:MM or HH:MM:SS (24-hour, no UTC offset: the program's"
                        + " timezone is set separately)");
        assertBad(
                "WEEKLY",
                "MO",
                "09:00-05:00",
                "17:00",
                null,
                null,
                "opens_at \"09:00-05:00\" is not a local time; use HH:MM or HH:MM:SS (24-hour, no UTC offset: the"
                        + " program's timezone is set separately)");
        assertBad(
                "WEEKLY",
                "MO",
                "09:00",
                "25:00",
                null,
                null,
                "closes_at \"25:00\" is not a time of day; use 00:00 to 23:59");
        assertBad(
                "WEEKLY",
                "MO",
                "24:00",
                "17:00",
                null,
                null,
                "opens_at \"24:00\" is not a time of day; use 00:00 to 23:59");
        assertBad(
                "WEEKLY",
                "MO",
                "09:00",
                null,
                null,
                null,
                "closes_at is missing but opens_at is \"09:00\"; give both, or neither for all day");
        assertBad(
                "WEEKLY",
                "MO",
                "",
                "17:00",
                null,
                null,
                "opens_at is missing but closes_at is \"17:00\"; give both, or neither for all day");
    }

    @Test
    void namesTheBadDates() {
        assertBad(
                "WEEKLY",
                "MO",
                "09:00",
                "17:00",
                "2026-13-01",
                null,
                "valid_from \"2026-13-01\" is not a date; use YYYY-MM-DD");
        assertBad(
                "WEEKLY",
                "MO",
                "09:00",
                "17:00",
                null,
                "1/7/2026",
                "valid_to \"1/7/2026\" is not a date; use YYYY-MM-DD");
        assertBad(
                "WEEKLY",
                "MO",
                "09:00",
                "17:00",
                "2026-07-01",
                "2026-06-30",
                "valid_from \"2026-07-01\" is after valid_to \"2026-06-30\"");
    }

    private static void assertBad(
            String freq,
            String byday,
            String opensAt,
            String closesAt,
            String validFrom,
            String validTo,
            String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fromHsds(freq, byday, opensAt, closesAt, validFrom, validTo))
                .withMessage(message);
    }
}
