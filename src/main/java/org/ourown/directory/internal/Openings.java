package org.ourown.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ourown.directory.internal.hours.Closure;
import org.ourown.directory.internal.hours.Interval;
import org.ourown.directory.internal.hours.OpeningHours;
import org.ourown.directory.internal.hours.OpeningRule;
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
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final Clock clock;
    private final Openings self;

    Openings(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate batch,
            Clock clock,
            @org.springframework.context.annotation.Lazy Openings self) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.self = self;
    }

    /** The opening hours of one service, from its schedules and closures; empty when it lists no hours. */
    public Optional<OpeningHours> hours(UUID service) {
        return Optional.ofNullable(hours(List.of(service)).get(service));
    }

    /** The opening hours of many services in three queries; services that list no hours are left out. */
    public Map<UUID, OpeningHours> hours(Collection<UUID> services) {
        if (services.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> zones = new HashMap<>();
        jdbc.sql("select id, timezone from directory.service where id in (:ids)")
                .param("ids", services)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(row -> zones.put(row.getKey(), row.getValue()));
        Map<UUID, List<OpeningRule>> rules = new HashMap<>();
        jdbc.sql("select service_id, id, freq, byday, opens_at, closes_at, valid_from, valid_to, description"
                        + " from directory.schedule where service_id in (:ids) order by byday, opens_at")
                .param("ids", services)
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new ScheduleRow(
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                time(rs.getTime(5)),
                                time(rs.getTime(6)),
                                date(rs.getDate(7)),
                                date(rs.getDate(8)),
                                rs.getString(9))))
                .list()
                .forEach(row -> rules.computeIfAbsent(row.getKey(), k -> new ArrayList<>())
                        .add(row.getValue().rule()));
        Map<UUID, List<Closure>> closures = new HashMap<>();
        jdbc.sql("select service_id, from_date, to_date, reason from directory.closure where service_id in (:ids)"
                        + " order by from_date")
                .param("ids", services)
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new Closure(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getString(4))))
                .list()
                .forEach(row -> closures.computeIfAbsent(row.getKey(), k -> new ArrayList<>())
                        .add(row.getValue()));
        Map<UUID, OpeningHours> hours = new HashMap<>();
        rules.forEach((service, serviceRules) -> hours.put(
                service,
                new OpeningHours(
                        ZoneId.of(zones.getOrDefault(service, Zones.DEFAULT)),
                        serviceRules,
                        closures.getOrDefault(service, List.of()))));
        return hours;
    }

    @Transactional
    public void refresh(UUID service) {
        refresh(List.of(service));
    }

    /** Recomputes the coming openings of these services: one read, one delete, one batch of inserts. */
    @Transactional
    public void refresh(Collection<UUID> services) {
        if (services.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<UUID, OpeningHours> hours = hours(services);
        jdbc.sql("delete from directory.opening where service_id in (:ids)")
                .param("ids", services)
                .update();
        List<String> ids = new ArrayList<>();
        List<String> opens = new ArrayList<>();
        List<String> closes = new ArrayList<>();
        hours.forEach((service, serviceHours) -> {
            for (Interval interval : serviceHours.intervals(now.minus(Duration.ofDays(1)), now.plus(AHEAD))) {
                ids.add(service.toString());
                opens.add(interval.opens().toOffsetDateTime().toString());
                closes.add(interval.closes().toOffsetDateTime().toString());
            }
        });
        // One statement, not a batch of one per row: directory.search_row's statement trigger then runs once.
        batch.update(connection -> {
            var insert = connection.prepareStatement("insert into directory.opening (service_id, during)"
                    + " select s, tstzrange(o, c) from unnest(cast(? as uuid[]), cast(? as timestamptz[]),"
                    + " cast(? as timestamptz[])) as i(s, o, c)");
            insert.setArray(1, connection.createArrayOf("text", ids.toArray()));
            insert.setArray(2, connection.createArrayOf("text", opens.toArray()));
            insert.setArray(3, connection.createArrayOf("text", closes.toArray()));
            return insert;
        });
    }

    /** Every night, roll every service's window forward, a thousand services at a time. */
    @Scheduled(cron = "${ourown.directory.openings-cron:0 15 3 * * *}")
    public void refreshAll() {
        List<UUID> all = jdbc.sql("select id from directory.service order by id")
                .query(UUID.class)
                .list();
        for (int from = 0; from < all.size(); from += 1000) {
            self.refresh(all.subList(from, Math.min(all.size(), from + 1000)));
        }
    }

    private static java.time.LocalTime time(java.sql.Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static java.time.LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The latest instant "open at" can answer for from the table; later times are computed per service. */
    public Instant horizon() {
        return clock.instant().plus(AHEAD).minus(Duration.ofDays(1));
    }
}
