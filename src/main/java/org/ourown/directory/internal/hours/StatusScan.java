package org.ourown.directory.internal.hours;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Works out open-now, closes-at and next-opening by walking local dates from the instant's date, never minute by
 * minute. An opening that runs on for weeks (24/7, or nearly) would make that walk long, so once the intervals have
 * joined up for {@link #STEADY_DAYS} plain weekly days the walk jumps ahead to the next date where a rule or closure
 * changes: between such dates the pattern repeats every week, so it cannot break either.
 */
final class StatusScan {

    /**
     * Two full weeks see every weekday boundary at least twice, so a break that a daylight-saving gap papered over on
     * one date still shows on the other; the third week is margin for the partly seen days at either end.
     */
    static final int STEADY_DAYS = 21;

    private final OpeningCalendar calendar;
    private final int lookAheadDays;

    StatusScan(OpeningCalendar calendar, int lookAheadDays) {
        this.calendar = calendar;
        this.lookAheadDays = lookAheadDays;
    }

    Status statusAt(Instant instant) {
        LocalDate today = LocalDate.ofInstant(instant, calendar.zone());
        ZonedDateTime closes = null;
        // An interval that contains the instant started today or, overnight, on one of the two days before.
        for (LocalDate date = today.minusDays(2); !date.isAfter(today); date = date.plusDays(1)) {
            for (Interval interval : calendar.startingOn(date)) {
                if (closes == null) {
                    closes = interval.contains(instant) ? interval.closes() : null;
                } else if (interval.opens().isAfter(closes)) {
                    return Status.openUntil(closes);
                } else {
                    closes = later(closes, interval.closes());
                }
            }
        }
        return closes == null ? closedAfter(instant, today) : openUntil(closes, today);
    }

    private Status openUntil(ZonedDateTime closes, LocalDate today) {
        LocalDate last = today.plusDays(lookAheadDays);
        LocalDate steadySince = today.plusDays(1);
        LocalDate date = today.plusDays(1);
        while (!date.isAfter(last)) {
            if (closes.toLocalDate().isBefore(date)) {
                // Whatever starts on this date or later opens after the current opening has ended.
                return Status.openUntil(closes);
            }
            if (calendar.irregularOn(date)) {
                steadySince = date.plusDays(1);
            } else if (DAYS.between(steadySince, date) >= STEADY_DAYS) {
                LocalDate change = calendar.nextChangeAfter(date);
                if (change == null || change.isAfter(last)) {
                    return Status.openAlways();
                }
                LocalDate resume = change.minusDays(3);
                if (resume.isAfter(date)) {
                    // The weekly pattern lasts until the change, so the opening reaches the day before it; intervals
                    // starting earlier than resume all close before that day's midnight and need not be generated.
                    closes = later(closes, change.minusDays(1).atStartOfDay(calendar.zone()));
                    date = resume;
                    steadySince = resume;
                }
            }
            for (Interval interval : calendar.startingOn(date)) {
                if (interval.opens().isAfter(closes)) {
                    return Status.openUntil(closes);
                }
                closes = later(closes, interval.closes());
            }
            date = date.plusDays(1);
        }
        return Status.openAlways();
    }

    private Status closedAfter(Instant instant, LocalDate today) {
        LocalDate last = today.plusDays(lookAheadDays);
        for (LocalDate date = today; !date.isAfter(last) && !calendar.endedBy(date); date = date.plusDays(1)) {
            for (Interval interval : calendar.startingOn(date)) {
                if (interval.opens().toInstant().isAfter(instant)) {
                    return Status.closedUntil(interval.opens());
                }
            }
        }
        return Status.closedUntil(null);
    }

    static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        return b.isAfter(a) ? b : a;
    }
}
