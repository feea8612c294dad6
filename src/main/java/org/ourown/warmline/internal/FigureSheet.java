package org.ourown.warmline.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ourown.warmline.ContactDetails.Diversion;
import org.ourown.warmline.ContactDetails.Reason;
import org.ourown.warmline.Figure;
import org.ourown.warmline.Figure.Shown;
import org.ourown.warmline.LineId;
import org.ourown.warmline.SurveyAnswers.FeltHeard;

/**
 * Every figure of the lines asked for, zero where nothing happened, with the sums that tie counts together so that
 * {@link Suppression} can keep a hidden count from being worked out. Statistics resting on fewer than 11 answers
 * are not shown.
 */
final class FigureSheet {

    static final List<String> CONTACT_MEASURES = List.of("contacts", "answered", "abandoned");

    private record Key(LineId line, String measure, LocalDate date, Integer hour) {}

    private final List<LocalDate> days;
    private final Map<Key, Long> counts = new LinkedHashMap<>();
    private final List<Suppression.Sum<Key>> sums = new ArrayList<>();
    private final Map<Key, Statistic> statistics = new LinkedHashMap<>();
    private Set<Key> hidden;

    private record Statistic(long answers, Double value, int scale) {}

    FigureSheet(LocalDate from, LocalDate to) {
        this.days = from.datesUntil(to.plusDays(1)).toList();
    }

    void line(LineId line) {
        for (String m : CONTACT_MEASURES) {
            Key total = new Key(line, m, null, null);
            counts.put(total, 0L);
            List<Key> byDay = days.stream().map(d -> new Key(line, m, d, null)).toList();
            List<Key> byHour = IntStream.range(0, 24)
                    .mapToObj(h -> new Key(line, m, null, h))
                    .toList();
            Stream.concat(byDay.stream(), byHour.stream()).forEach(k -> counts.put(k, 0L));
            sums.add(new Suppression.Sum<>(total, byDay));
            sums.add(new Suppression.Sum<>(total, byHour));
        }
        // contacts = answered + abandoned: in the whole range, on each day and in each hour.
        Stream.concat(
                        Stream.of(new Key(line, "", null, null)),
                        Stream.concat(
                                days.stream().map(d -> new Key(line, "", d, null)),
                                IntStream.range(0, 24).mapToObj(h -> new Key(line, "", null, h))))
                .forEach(at -> sums.add(
                        new Suppression.Sum<>(as(at, "contacts"), List.of(as(at, "answered"), as(at, "abandoned")))));
        for (Reason reason : Reason.values()) {
            counts.put(new Key(line, "reason." + reason, null, null), 0L);
        }
        partition(line, "records", "record_diversion.", diversions());
        partition(line, "surveys", "survey_diversion.", diversions());
        partition(
                line,
                "surveys",
                "felt_heard.",
                Stream.concat(Stream.of(FeltHeard.values()).map(Enum::name), Stream.of("none"))
                        .toList());
        counts.put(new Key(line, "feeling_before_answers", null, null), 0L);
        counts.put(new Key(line, "feeling_after_answers", null, null), 0L);
        for (String m : List.of(
                "wait_p50_seconds",
                "wait_p90_seconds",
                "duration_p50_seconds",
                "duration_p90_seconds",
                "feeling_before_average",
                "feeling_after_average")) {
            statistics.put(new Key(line, m, null, null), new Statistic(0, null, 0));
        }
    }

    void contacts(FigureQueries.Contacts row) {
        long[] values = {row.contacts(), row.answered(), row.abandoned()};
        for (int i = 0; i < values.length; i++) {
            String m = CONTACT_MEASURES.get(i);
            add(new Key(row.line(), m, null, null), values[i]);
            add(new Key(row.line(), m, row.day(), null), values[i]);
            add(new Key(row.line(), m, null, row.hour()), values[i]);
        }
    }

    void times(FigureQueries.Times row) {
        statistics.put(
                new Key(row.line(), "wait_p50_seconds", null, null), new Statistic(row.waits(), row.waitP50(), 0));
        statistics.put(
                new Key(row.line(), "wait_p90_seconds", null, null), new Statistic(row.waits(), row.waitP90(), 0));
        statistics.put(
                new Key(row.line(), "duration_p50_seconds", null, null),
                new Statistic(row.lengths(), row.lengthP50(), 0));
        statistics.put(
                new Key(row.line(), "duration_p90_seconds", null, null),
                new Statistic(row.lengths(), row.lengthP90(), 0));
    }

    void tally(FigureQueries.Tally row) {
        String measure = switch (row.measure()) {
            case "records", "surveys" -> row.measure();
            default -> row.measure() + "." + row.value();
        };
        add(new Key(row.line(), measure, null, null), row.count());
    }

    void feelings(FigureQueries.Feelings row) {
        add(new Key(row.line(), "feeling_before_answers", null, null), row.before());
        add(new Key(row.line(), "feeling_after_answers", null, null), row.after());
        statistics.put(
                new Key(row.line(), "feeling_before_average", null, null),
                new Statistic(row.before(), row.beforeAverage(), 1));
        statistics.put(
                new Key(row.line(), "feeling_after_average", null, null),
                new Statistic(row.after(), row.afterAverage(), 1));
    }

    /** The line's figures as they may be shown. */
    List<Figure> shown(LineId line) {
        if (hidden == null) {
            hidden = Suppression.hidden(counts, sums);
        }
        List<Figure> figures = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (key.line().equals(line)) {
                figures.add(count(key, count));
            }
        });
        statistics.forEach((key, statistic) -> {
            if (key.line().equals(line)) {
                figures.add(statistic(key, statistic));
            }
        });
        return figures;
    }

    private Figure count(Key key, long count) {
        if (!hidden.contains(key)) {
            return new Figure(key.measure(), key.date(), key.hour(), Shown.COUNT, BigDecimal.valueOf(count));
        }
        Shown shown = Suppression.small(count) ? Shown.FEW : Shown.HIDDEN;
        return new Figure(key.measure(), key.date(), key.hour(), shown, null);
    }

    private static Figure statistic(Key key, Statistic statistic) {
        if (statistic.answers() < Suppression.SHOWN_FROM || statistic.value() == null) {
            return new Figure(key.measure(), null, null, Shown.TOO_FEW, null);
        }
        BigDecimal value = BigDecimal.valueOf(statistic.value()).setScale(statistic.scale(), RoundingMode.HALF_UP);
        return new Figure(key.measure(), null, null, Shown.STATISTIC, value);
    }

    private void partition(LineId line, String total, String prefix, List<String> values) {
        Key whole = new Key(line, total, null, null);
        counts.putIfAbsent(whole, 0L);
        List<Key> parts =
                values.stream().map(v -> new Key(line, prefix + v, null, null)).toList();
        parts.forEach(k -> counts.put(k, 0L));
        sums.add(new Suppression.Sum<>(whole, parts));
    }

    private void add(Key key, long count) {
        counts.merge(key, count, Long::sum);
    }

    private static Key as(Key at, String measure) {
        return new Key(at.line(), measure, at.date(), at.hour());
    }

    private static List<String> diversions() {
        return Stream.concat(Stream.of(Diversion.values()).map(Enum::name), Stream.of("none"))
                .toList();
    }
}
