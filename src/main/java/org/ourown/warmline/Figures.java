package org.ourown.warmline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Figures of each line asked for, over local days {@code from} to {@code to}, in the organization's time zone. */
public record Figures(LocalDate from, LocalDate to, String timezone, List<LineFigures> lines) {

    public record LineFigures(LineId line, String name, List<Figure> figures) {

        /** The whole range's figure for a measure. */
        public Figure total(String measure) {
            return find(measure, null, null);
        }

        public Figure day(String measure, LocalDate date) {
            return find(measure, date, null);
        }

        public Figure hour(String measure, int hour) {
            return find(measure, null, hour);
        }

        private Figure find(String measure, LocalDate date, Integer hour) {
            Optional<Figure> found = figures.stream()
                    .filter(f -> f.measure().equals(measure)
                            && Objects.equals(f.date(), date)
                            && Objects.equals(f.hour(), hour))
                    .findFirst();
            return found.orElseThrow(() -> new IllegalArgumentException("No figure " + measure));
        }
    }

    /** The days of the range, oldest first, for tables by day. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
