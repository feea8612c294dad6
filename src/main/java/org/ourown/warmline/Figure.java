package org.ourown.warmline;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure as it may be shown. A suppressed figure carries no value at all.
 *
 * @param measure what is counted or measured, e.g. {@code contacts}, {@code wait_p50_seconds}, {@code reason.HOUSING}
 * @param date the local day, or null for the whole range
 * @param hour the local hour of day (0–23), or null
 * @param value the count or statistic when {@code shown} is {@link Shown#COUNT} or {@link Shown#STATISTIC}
 */
public record Figure(String measure, LocalDate date, Integer hour, Shown shown, BigDecimal value) {

    public enum Shown {
        /** An exact count: 0, or 11 and more. */
        COUNT,
        /** A count from 1 to 10. */
        FEW,
        /** A larger count hidden so that a count from 1 to 10 cannot be worked out from a total. */
        HIDDEN,
        /** A percentile or an average from 11 or more answers. */
        STATISTIC,
        /** A percentile or an average that would rest on fewer than 11 answers. */
        TOO_FEW
    }

    /** The same words in the CSV and JSON: the number, or what stands in for it. */
    public String text() {
        return switch (shown) {
            case COUNT, STATISTIC -> value.toPlainString();
            case FEW -> "1–10";
            case HIDDEN -> "hidden";
            case TOO_FEW -> "fewer than 11";
        };
    }

    public boolean isNumber() {
        return shown == Shown.COUNT || shown == Shown.STATISTIC;
    }
}
