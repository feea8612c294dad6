package org.ourown.directory.internal.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and writes HSDS 3.1 schedule fields ({@code freq}, {@code byday}, {@code opens_at}, {@code closes_at},
 * {@code valid_from}, {@code valid_to}). Error messages name the HSDS field and value, because they are shown to the
 * person importing the data.
 */
public final class HsdsSchedules {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    /** HSDS's own advice for "open 24 hours": opens_at 00:00 and closes_at 23:59. */
    private static final LocalTime HSDS_END_OF_DAY = LocalTime.of(23, 59);

    private HsdsSchedules() {}

    public static OpeningRule fromHsds(
            String freq, String byday, String opensAt, String closesAt, String validFrom, String validTo) {
        Frequency frequency = frequency(freq);
        LocalTime opens = time("opens_at", opensAt);
        LocalTime closes = time("closes_at", closesAt);
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException(
                    opens == null
                            ? "opens_at is missing but closes_at is \"" + closesAt
                                    + "\"; give both, or neither for all day"
                            : "closes_at is missing but opens_at is \"" + opensAt
                                    + "\"; give both, or neither for all day");
        }
        boolean allDay = opens == null || (opens.equals(LocalTime.MIDNIGHT) && isEndOfDay(closes));
        LocalDate from = date("valid_from", validFrom);
        LocalDate to = date("valid_to", validTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException(
                    "valid_from \"" + validFrom + "\" is after valid_to \"" + validTo + "\"");
        }
        HsdsByday.Days days = HsdsByday.parse(frequency, byday);
        return new OpeningRule(
                frequency,
                days.days(),
                days.weekOfMonth(),
                allDay ? null : opens,
                allDay ? null : closes,
                allDay,
                from,
                to);
    }

    public static String freq(OpeningRule rule) {
        return rule.freq().name();
    }

    public static String byday(OpeningRule rule) {
        return HsdsByday.write(rule);
    }

    /** opens_at as HH:MM (HH:MM:SS when it has seconds); all day is written as HSDS advises, 00:00 to 23:59. */
    public static String opensAt(OpeningRule rule) {
        return rule.allDay() ? "00:00" : rule.opensAt().toString();
    }

    public static String closesAt(OpeningRule rule) {
        return rule.allDay() ? "23:59" : rule.closesAt().toString();
    }

    private static Frequency frequency(String freq) {
        if (freq == null || freq.isBlank()) {
            throw new IllegalArgumentException("freq is missing; use WEEKLY or MONTHLY");
        }
        return switch (freq.strip().toUpperCase(Locale.ROOT)) {
            case "WEEKLY" -> Frequency.WEEKLY;
            case "MONTHLY" -> Frequency.MONTHLY;
            default ->
                throw new IllegalArgumentException("freq \"" + freq + "\" is not supported; use WEEKLY or MONTHLY");
        };
    }

    private static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!TIME.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " \"" + value
                    + "\" is not a local time; use HH:MM or HH:MM:SS (24-hour, no UTC offset: the program's"
                    + " timezone is set separately)");
        }
        if (field.equals("closes_at") && text.matches("24:00(:00)?")) {
            // Closing "at 24:00" is a common way to write midnight at the end of the day.
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not a time of day; use 00:00 to 23:59");
        }
    }

    private static boolean isEndOfDay(LocalTime closes) {
        return closes.truncatedTo(ChronoUnit.MINUTES).equals(HSDS_END_OF_DAY);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not a date; use YYYY-MM-DD");
        }
    }
}
