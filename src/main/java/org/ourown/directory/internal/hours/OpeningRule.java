package org.ourown.directory.internal.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One opening rule. WEEKLY: open on each of {@code days}. MONTHLY: open on the {@code weekOfMonth}-th {@code days}
 * weekday of each month (1..5, or -1 for the last), e.g. first Saturday = MONTHLY, {SATURDAY}, 1. A closesAt at or
 * before opensAt means the interval runs past midnight into the next day (overnight), so 09:00–09:00 is 24 hours.
 * allDay = open the whole local day (opensAt/closesAt null). validFrom/validTo (inclusive, nullable) limit the local
 * dates on which an interval may START.
 */
public record OpeningRule(
        Frequency freq,
        Set<DayOfWeek> days,
        Integer weekOfMonth,
        LocalTime opensAt,
        LocalTime closesAt,
        boolean allDay,
        LocalDate validFrom,
        LocalDate validTo) {

    public OpeningRule {
        if (freq == null) {
            throw new IllegalArgumentException("freq is required: WEEKLY or MONTHLY");
        }
        days = checkedDays(days);
        if (freq == Frequency.WEEKLY && weekOfMonth != null) {
            throw new IllegalArgumentException(
                    "weekOfMonth " + weekOfMonth + " is only for MONTHLY rules; a WEEKLY rule opens every week");
        }
        if (freq == Frequency.MONTHLY && !isWeekOfMonth(weekOfMonth)) {
            throw new IllegalArgumentException(
                    "a MONTHLY rule needs weekOfMonth 1 to 5, or -1 for the last; got " + weekOfMonth);
        }
        if (allDay && (opensAt != null || closesAt != null)) {
            throw new IllegalArgumentException(
                    "an all-day rule has no opensAt or closesAt; got " + opensAt + "–" + closesAt);
        }
        if (!allDay && (opensAt == null || closesAt == null)) {
            throw new IllegalArgumentException("opensAt and closesAt are both required unless the rule is all day; got "
                    + opensAt + "–" + closesAt);
        }
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException("validFrom " + validFrom + " is after validTo " + validTo);
        }
    }

    /** Open from {@code opensAt} to {@code closesAt} on each of {@code days}, every week. */
    public static OpeningRule weekly(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt) {
        return new OpeningRule(Frequency.WEEKLY, days, null, opensAt, closesAt, false, null, null);
    }

    /** Open the whole local day on each of {@code days}, every week. */
    public static OpeningRule allDay(Set<DayOfWeek> days) {
        return new OpeningRule(Frequency.WEEKLY, days, null, null, null, true, null, null);
    }

    /** Open on the {@code weekOfMonth}-th {@code day} of each month (-1 for the last). */
    public static OpeningRule monthly(int weekOfMonth, DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        return new OpeningRule(Frequency.MONTHLY, Set.of(day), weekOfMonth, opensAt, closesAt, false, null, null);
    }

    /** This rule limited to intervals starting from {@code from} to {@code to} (inclusive, either may be null). */
    public OpeningRule validBetween(LocalDate from, LocalDate to) {
        return new OpeningRule(freq, days, weekOfMonth, opensAt, closesAt, allDay, from, to);
    }

    /** Whether an interval of this rule starts on the local {@code date} (closures aside). */
    public boolean startsOn(LocalDate date) {
        if ((validFrom != null && date.isBefore(validFrom)) || (validTo != null && date.isAfter(validTo))) {
            return false;
        }
        if (!days.contains(date.getDayOfWeek())) {
            return false;
        }
        return freq == Frequency.WEEKLY || isInWeekOfMonth(date);
    }

    /** Whether the interval runs past midnight into the next local day. */
    public boolean overnight() {
        return !allDay && !closesAt.isAfter(opensAt);
    }

    private boolean isInWeekOfMonth(LocalDate date) {
        int dayOfMonth = date.getDayOfMonth();
        if (weekOfMonth == -1) {
            return dayOfMonth + 7 > date.lengthOfMonth();
        }
        return (dayOfMonth - 1) / 7 + 1 == weekOfMonth;
    }

    private static boolean isWeekOfMonth(Integer week) {
        return week != null && (week == -1 || (week >= 1 && week <= 5));
    }

    private static Set<DayOfWeek> checkedDays(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("days must name at least one day of the week");
        }
        EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : days) {
            if (day == null) {
                throw new IllegalArgumentException("days must not contain null");
            }
            copy.add(day);
        }
        // An EnumSet iterates Monday first, so byday and display come out in week order.
        return Collections.unmodifiableSet(copy);
    }
}
