package org.ourown.directory.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ourown.directory.internal.hours.Closure;
import org.ourown.directory.internal.hours.Interval;
import org.ourown.directory.internal.hours.OpeningHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code directory.opening} filled with each service's openings from yesterday to {@link #AHEAD} ahead, computed
 * by the opening-hours engine, so that "open now" and "open at" are one indexed query.
 */
@Component
public class Openings {

    static final Duration AHEAD = Duration.ofDays(35);

    private final JdbcClient jdbc;
    private final Clock clock;

    Openings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The opening hours of one service, from its schedules and closures; empty when it lists no hours. */
    public java.util.Optional<OpeningHours> hours(UUID service) {
        String zone = jdbc.sql("select timezone from directory.service where id = :id")
                .param("id", service)
                .query(String.class)
                .optional()
                .orElse(Zones.DEFAULT);
        List<ScheduleRow> schedules = jdbc.sql("select id, freq, byday, opens_at, closes_at, valid_from, valid_to,"
                        + " description from directory.schedule where service_id = :id order by byday, opens_at")
                .param("id", service)
                .query(ScheduleRow.class)
                .list();
        List<Closure> closures = jdbc.sql("select from_date, to_date, reason from directory.closure"
                        + " where service_id = :id order by from_date")
                .param("id", service)
                .query((rs, n) ->
                        new Closure(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
        if (schedules.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OpeningHours(
                ZoneId.of(zone), schedules.stream().map(ScheduleRow::rule).toList(), closures));
    }

    @Transactional
    public void refresh(UUID service) {
        Instant now = clock.instant();
        List<Interval> intervals = hours(service)
                .map(hours -> hours.intervals(now.minus(Duration.ofDays(1)), now.plus(AHEAD)))
                .orElse(List.of());
        jdbc.sql("delete from directory.opening where service_id = :id")
                .param("id", service)
                .update();
        for (Interval interval : intervals) {
            jdbc.sql("insert into directory.opening (service_id, during) values (:id, tstzrange(:opens, :closes))")
                    .param("id", service)
                    .param("opens", Timestamp.from(interval.opens().toInstant()))
                    .param("closes", Timestamp.from(interval.closes().toInstant()))
                    .update();
        }
    }

    /** Every night, roll every service's window forward. */
    @Scheduled(cron = "${ourown.directory.openings-cron:0 15 3 * * *}")
    public void refreshAll() {
        jdbc.sql("select id from directory.service").query(UUID.class).list().forEach(this::refresh);
    }

    /** The latest instant "open at" can answer for from the table; later times are computed per service. */
    public Instant horizon() {
        return clock.instant().plus(AHEAD).minus(Duration.ofDays(1));
    }
}
