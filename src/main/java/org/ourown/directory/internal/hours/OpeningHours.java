package org.ourown.directory.internal.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A program's opening hours in its own IANA timezone: rules, minus closures. Immutable and thread-safe; building one is
 * cheap, so build it per program and ask it as often as needed.
 *
 * <p>Wall-clock times are read as the first instant the program's clock shows them: a time skipped by a spring-forward
 * gap opens or closes when the gap ends, and a time repeated by a fall-back overlap means its first occurrence.
 */
public final class OpeningHours {

    /** How far ahead {@link #statusAt} looks for the next opening or for the end of the current one. */
    public static final int LOOK_AHEAD_DAYS = 400;

    /**
     * How far beyond the asked window {@link #intervals} follows an opening that runs on; an opening longer than
     * that (24/7, say) is cut there. {@link #statusAt} says when such an opening really ends.
     */
    public static final int INTERVAL_MARGIN_DAYS = 7;

    private final ZoneId zone;
    private final OpeningCalendar calendar;
    private final StatusScan scan;

    public OpeningHours(ZoneId zone, List<OpeningRule> rules, List<Closure> closures) {
        if (zone == null) {
            throw new IllegalArgumentException("an IANA timezone is required, e.g. America/New_York");
        }
        Objects.requireNonNull(rules, "rules (may be empty)");
        Objects.requireNonNull(closures, "closures (may be empty)");
        this.zone = zone;
        this.calendar = new OpeningCalendar(zone, List.copyOf(rules), List.copyOf(closures));
        this.scan = new StatusScan(calendar, LOOK_AHEAD_DAYS);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isOpenAt(Instant instant) {
        LocalDate today = LocalDate.ofInstant(instant, zone);
        for (LocalDate date = today.minusDays(2); !date.isAfter(today); date = date.plusDays(1)) {
            for (Interval interval : calendar.startingOn(date)) {
                if (interval.contains(instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    public Status statusAt(Instant instant) {
        return scan.statusAt(instant);
    }

    /**
     * All intervals that overlap [from, to), in order, merged where they touch or overlap. They are not clipped to the
     * window, so an opening that started before {@code from} shows its real start; see {@link #INTERVAL_MARGIN_DAYS}.
     */
    public List<Interval> intervals(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
        List<Interval> merged = new ArrayList<>();
        if (to.equals(from)) {
            return merged;
        }
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(INTERVAL_MARGIN_DAYS);
        ZonedDateTime opens = null;
        ZonedDateTime closes = null;
        for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(INTERVAL_MARGIN_DAYS);
                !date.isAfter(last);
                date = date.plusDays(1)) {
            for (Interval interval : calendar.startingOn(date)) {
                if (closes != null && !interval.opens().isAfter(closes)) {
                    closes = StatusScan.later(closes, interval.closes());
                } else {
                    addIfOverlapping(merged, opens, closes, from, to);
                    opens = interval.opens();
                    closes = interval.closes();
                }
            }
        }
        addIfOverlapping(merged, opens, closes, from, to);
        return List.copyOf(merged);
    }

    private static void addIfOverlapping(
            List<Interval> merged, ZonedDateTime opens, ZonedDateTime closes, Instant from, Instant to) {
        if (opens != null
                && opens.toInstant().isBefore(to)
                && closes.toInstant().isAfter(from)) {
            merged.add(new Interval(opens, closes));
        }
    }
}
