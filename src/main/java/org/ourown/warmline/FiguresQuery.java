package org.ourown.warmline;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Which figures: local days {@code from} to {@code to}, both included, in the organization's time zone.
 *
 * @param line one line, or null for every line of the organization
 */
public record FiguresQuery(
        @NotNull(message = "{warmline.figures.from.missing}")
        LocalDate from,

        @NotNull(message = "{warmline.figures.to.missing}") LocalDate to,
        LineId line) {

    /** The longest range asked for at once. */
    public static final int MAX_DAYS = 366;

    /** The last 28 days up to today. */
    public static FiguresQuery lastDays(LocalDate today) {
        return new FiguresQuery(today.minusDays(27), today, null);
    }
}
