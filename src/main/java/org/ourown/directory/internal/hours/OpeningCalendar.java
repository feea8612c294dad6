package org.ourown.directory.internal.hours;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Which intervals start on a given local date, and where the pattern of rules changes. Everything here works one
 * local date at a time, so callers never step through time minute by minute.
 */
final class OpeningCalendar {

    static final Comparator<Interval> BY_OPENING =
            Comparator.comparing(interval -> interval.opens().toInstant());

    private final ZoneId zone;
    private final List<OpeningRule> rules;
    private final List<Closure> closures;
    private final List<OpeningRule> monthlyRules;
    private final NavigableSet<LocalDate> changes = new TreeSet<>();
    private final LocalDate lastStart;

    OpeningCalendar(ZoneId zone, List<OpeningRule> rules, List<Closure> closures) {
        this.zone = zone;
        this.rules = rules;
        this.closures = closures;
        this.monthlyRules =
                rules.stream().filter(rule -> rule.freq() == Frequency.MONTHLY).toList();
        for (OpeningRule rule : rules) {
            addChange(rule.validFrom());
            addChange(rule.validTo() == null ? null : rule.validTo().plusDays(1));
        }
        for (Closure closure : closures) {
            addChange(closure.from());
            addChange(closure.to().plusDays(1));
        }
        boolean bounded = rules.stream().allMatch(rule -> rule.validTo() != null);
        this.lastStart = !bounded
                ? LocalDate.MAX
                : rules.stream()
                        .map(OpeningRule::validTo)
                        .max(Comparator.naturalOrder())
                        .orElse(LocalDate.MIN);
    }

    ZoneId zone() {
        return zone;
    }

    /** The intervals that start on the local {@code date}, in opening order. */
    List<Interval> startingOn(LocalDate date) {
        List<Interval> intervals = null;
        for (OpeningRule rule : rules) {
            if (rule.startsOn(date)) {
                if (intervals == null) {
                    if (closed(date)) {
                        return List.of();
                    }
                    intervals = new ArrayList<>(2);
                }
                Interval interval = intervalOn(rule, date);
                if (interval != null) {
                    intervals.add(interval);
                }
            }
        }
        if (intervals == null) {
            return List.of();
        }
        intervals.sort(BY_OPENING);
        return intervals;
    }

    /** Whether no interval can start on {@code date} or later, because every rule has ended. */
    boolean endedBy(LocalDate date) {
        return date.isAfter(lastStart);
    }

    /**
     * Whether {@code date} breaks the weekly pattern: a rule or closure starts or ends, or a monthly rule falls on it.
     * Between such dates the intervals repeat every seven local days.
     */
    boolean irregularOn(LocalDate date) {
        if (changes.contains(date)) {
            return true;
        }
        for (OpeningRule rule : monthlyRules) {
            if (rule.startsOn(date)) {
                return true;
            }
        }
        return false;
    }

    /** The first date after {@code date} on which a rule or closure starts or ends, or null if there is none. */
    LocalDate nextChangeAfter(LocalDate date) {
        return changes.higher(date);
    }

    private boolean closed(LocalDate date) {
        for (Closure closure : closures) {
            if (closure.covers(date)) {
                return true;
            }
        }
        return false;
    }

    private Interval intervalOn(OpeningRule rule, LocalDate date) {
        ZonedDateTime opens;
        ZonedDateTime closes;
        if (rule.allDay()) {
            opens = date.atStartOfDay(zone);
            closes = date.plusDays(1).atStartOfDay(zone);
        } else {
            opens = wallClock(date, rule.opensAt(), zone);
            closes = wallClock(rule.overnight() ? date.plusDays(1) : date, rule.closesAt(), zone);
        }
        // Both ends can fall into the same daylight-saving gap; then the interval never happens.
        return closes.isAfter(opens) ? new Interval(opens, closes) : null;
    }

    /**
     * The first instant at which a wall clock in {@code zone} has reached {@code time} on {@code date}. In a
     * spring-forward gap the time never shows, so this is the end of the gap (02:30 on a 02:00→03:00 night gives 03:00): a place that opens at
     * 02:30 opens as soon as the clocks have jumped past it. That differs on purpose from {@code ZonedDateTime.of},
     * which would shift by the gap's length to 03:30 and so open (or close) an hour late. In a fall-back overlap the
     * time shows twice and this is the first, earlier-offset one, which is what {@code ZonedDateTime.of} does too.
     */
    static ZonedDateTime wallClock(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return ZonedDateTime.ofInstant(transition.getInstant(), zone);
        }
        return ZonedDateTime.of(local, zone);
    }

    private void addChange(LocalDate date) {
        if (date != null) {
            changes.add(date);
        }
    }
}
