package org.ourown.directory.internal.hours;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HSDS {@code byday}: "MO,TU,WE" for a weekly schedule, "1SA" or "-1FR" (RFC 5545 style) for a monthly one. */
final class HsdsByday {

    private static final String DAY_CODES = "MO,TU,WE,TH,FR,SA,SU";
    private static final Pattern PART = Pattern.compile("([+-]?\\d{1,9})?([A-Z]+)");

    private HsdsByday() {}

    record Days(Set<DayOfWeek> days, Integer weekOfMonth) {}

    static Days parse(Frequency freq, String byday) {
        if (byday == null || byday.isBlank()) {
            throw new IllegalArgumentException("byday is missing; use days like " + DAY_CODES
                    + (freq == Frequency.MONTHLY ? " with the week of the month, e.g. 1SA or -1FR" : ""));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Integer week = null;
        for (String raw : byday.split(",", -1)) {
            String part = raw.strip().toUpperCase(Locale.ROOT);
            if (part.isEmpty()) {
                throw new IllegalArgumentException("byday \"" + byday + "\" has an empty entry; use " + DAY_CODES);
            }
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("byday \"" + raw.strip() + "\" is not a day; use " + DAY_CODES);
            }
            days.add(day(matcher.group(2), raw.strip()));
            Integer partWeek = weekOfMonth(freq, matcher.group(1), raw.strip());
            if (week != null && !week.equals(partWeek)) {
                throw new IllegalArgumentException(
                        "byday \"" + byday + "\" mixes weeks of the month; use one schedule per week of the month");
            }
            week = partWeek;
        }
        return new Days(days, week);
    }

    private static Integer weekOfMonth(Frequency freq, String number, String part) {
        if (freq == Frequency.WEEKLY) {
            if (number != null) {
                throw new IllegalArgumentException(
                        "byday \"" + part + "\" has a week of the month, which only freq MONTHLY allows");
            }
            return null;
        }
        if (number == null) {
            throw new IllegalArgumentException("byday \"" + part
                    + "\" needs the week of the month with freq MONTHLY, e.g. 1" + part + " or -1" + part);
        }
        int week = Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
        if (week != -1 && (week < 1 || week > 5)) {
            throw new IllegalArgumentException(
                    "byday \"" + part + "\": the week of the month must be 1 to 5, or -1 for the last");
        }
        return week;
    }

    private static DayOfWeek day(String code, String part) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("byday \"" + part + "\" is not a day; use " + DAY_CODES);
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    static String write(OpeningRule rule) {
        String prefix = rule.freq() == Frequency.MONTHLY ? String.valueOf(rule.weekOfMonth()) : "";
        return rule.days().stream().map(day -> prefix + code(day)).collect(Collectors.joining(","));
    }
}
