package org.ourown.directory.internal.hours;

import java.time.LocalDate;

/**
 * A closure (holiday), inclusive local dates. An interval that STARTS on a closed date does not happen; an overnight
 * interval that started the evening before still runs to its end, because people are already there (or on the line).
 */
public record Closure(LocalDate from, LocalDate to, String reason) {

    public Closure {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a closure needs both dates; got " + from + " to " + to);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("closure from " + from + " is after to " + to);
        }
    }

    /** Closed for the one local {@code date}. */
    public static Closure on(LocalDate date, String reason) {
        return new Closure(date, date, reason);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
