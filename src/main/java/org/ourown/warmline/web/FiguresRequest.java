package org.ourown.warmline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ourown.warmline.FiguresQuery;
import org.ourown.warmline.LineId;

/**
 * What the figures page, its CSV and the API were asked for, read from plain parameters so that a mistyped date is a
 * field error, not an exception. A missing date takes the default range's.
 *
 * @param errors field to message key; empty when the query can be asked
 */
record FiguresRequest(String from, String to, String line, FiguresQuery query, Map<String, String> errors) {

    static FiguresRequest of(String from, String to, String line, FiguresQuery defaults) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, defaults.from(), "from", errors);
        LocalDate end = date(to, defaults.to(), "to", errors);
        LineId chosen = null;
        if (line != null && !line.isBlank()) {
            try {
                chosen = LineId.of(line.strip());
            } catch (IllegalArgumentException e) {
                errors.put("line", "warmline.figures.line.unknown");
            }
        }
        return new FiguresRequest(
                start == null ? blank(from) : start.toString(),
                end == null ? blank(to) : end.toString(),
                chosen == null ? "" : chosen.toString(),
                errors.isEmpty() ? new FiguresQuery(start, end, chosen) : null,
                errors);
    }

    FiguresRequest failed(String field, String messageKey) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(field, messageKey);
        return new FiguresRequest(from, to, line, null, more);
    }

    boolean ok() {
        return errors.isEmpty();
    }

    private static LocalDate date(String value, LocalDate otherwise, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "warmline.figures.date.invalid");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
