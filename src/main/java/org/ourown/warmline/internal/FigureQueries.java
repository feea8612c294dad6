package org.ourown.warmline.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ourown.warmline.LineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exact counts and statistics for figures, straight from PostgreSQL, grouped by line and by the organization's
 * local day and hour. Never shown as they are: {@link FigureBook} suppresses small counts first.
 */
@Repository
class FigureQueries {

    /** Chats a peer answered or that were left in the queue, and phone calls (always answered). */
    private static final String CONTACTS = "with contact as ("
            + " select line_id, queued_at as at, answered_at is not null as answered from warmline.chat"
            + " where organization_id = :o and status <> 'WAITING' and line_id in (:lines)"
            + " and queued_at >= (cast(:from as timestamp) at time zone :tz)"
            + " and queued_at < (cast(:until as timestamp) at time zone :tz)"
            + " union all select line_id, answered_at, true from warmline.contact_record"
            + " where organization_id = :o and channel = 'PHONE' and line_id in (:lines)"
            + " and answered_at >= (cast(:from as timestamp) at time zone :tz)"
            + " and answered_at < (cast(:until as timestamp) at time zone :tz))"
            + " select line_id, (at at time zone :tz)::date as day, extract(hour from at at time zone :tz)::int as hour,"
            + " count(*) as contacts, count(*) filter (where answered) as answered,"
            + " count(*) filter (where not answered) as abandoned from contact group by 1, 2, 3";

    private static final String TIMES = "select line_id,"
            + " count(*) filter (where answered_at is not null) as waits,"
            + " percentile_cont(0.5) within group (order by extract(epoch from answered_at - queued_at)::float8) as wait_p50,"
            + " percentile_cont(0.9) within group (order by extract(epoch from answered_at - queued_at)::float8) as wait_p90,"
            + " count(*) filter (where answered_at is not null and ended_at is not null) as lengths,"
            + " percentile_cont(0.5) within group (order by extract(epoch from ended_at - answered_at)::float8) as length_p50,"
            + " percentile_cont(0.9) within group (order by extract(epoch from ended_at - answered_at)::float8) as length_p90"
            + " from warmline.chat where organization_id = :o and status <> 'WAITING' and line_id in (:lines)"
            + " and queued_at >= (cast(:from as timestamp) at time zone :tz)"
            + " and queued_at < (cast(:until as timestamp) at time zone :tz) group by line_id";

    /** Final records, on the local day the contact began. */
    private static final String RECORDS = " from warmline.contact_record where organization_id = :o"
            + " and status = 'FINAL' and line_id in (:lines)"
            + " and coalesce(queued_at, answered_at, created_at) >= (cast(:from as timestamp) at time zone :tz)"
            + " and coalesce(queued_at, answered_at, created_at) < (cast(:until as timestamp) at time zone :tz)";

    private static final String SURVEYS = " from warmline.survey where organization_id = :o"
            + " and line_id in (:lines) and answered_on between :from and :to";

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Range(UUID organization, List<LineId> lines, LocalDate from, LocalDate to, ZoneId zone) {}

    record Contacts(LineId line, LocalDate day, int hour, long contacts, long answered, long abandoned) {}

    record Times(
            LineId line,
            long waits,
            Double waitP50,
            Double waitP90,
            long lengths,
            Double lengthP50,
            Double lengthP90) {}

    /** A count of something (a reason, an answer) on a line; {@code value} "none" when nothing was said. */
    record Tally(LineId line, String measure, String value, long count) {}

    record Feelings(LineId line, long before, Double beforeAverage, long after, Double afterAverage) {}

    List<Contacts> contacts(Range range) {
        return sql(CONTACTS, range)
                .query((rs, n) -> new Contacts(
                        line(rs.getObject("line_id", UUID.class)),
                        rs.getObject("day", LocalDate.class),
                        rs.getInt("hour"),
                        rs.getLong("contacts"),
                        rs.getLong("answered"),
                        rs.getLong("abandoned")))
                .list();
    }

    List<Times> times(Range range) {
        return sql(TIMES, range)
                .query((rs, n) -> new Times(
                        line(rs.getObject("line_id", UUID.class)),
                        rs.getLong("waits"),
                        rs.getObject("wait_p50", Double.class),
                        rs.getObject("wait_p90", Double.class),
                        rs.getLong("lengths"),
                        rs.getObject("length_p50", Double.class),
                        rs.getObject("length_p90", Double.class)))
                .list();
    }

    List<Tally> tallies(Range range) {
        String sql = "select line_id, 'reason' as measure, r.value as value, count(*) as n"
                + RECORDS.replaceFirst(" where ", " cross join lateral unnest(reasons) as r(value) where ")
                + " group by 1, 3"
                + " union all select line_id, 'records', 'all', count(*)" + RECORDS + " group by 1"
                + " union all select line_id, 'record_diversion', coalesce(diversion, 'none'), count(*)" + RECORDS
                + " group by 1, 3"
                + " union all select line_id, 'surveys', 'all', count(*)" + SURVEYS + " group by 1"
                + " union all select line_id, 'survey_diversion', coalesce(diversion, 'none'), count(*)" + SURVEYS
                + " group by 1, 3"
                + " union all select line_id, 'felt_heard', coalesce(felt_heard, 'none'), count(*)" + SURVEYS
                + " group by 1, 3";
        return sql(sql, range)
                .query((rs, n) -> new Tally(
                        line(rs.getObject("line_id", UUID.class)),
                        rs.getString("measure"),
                        rs.getString("value"),
                        rs.getLong("n")))
                .list();
    }

    List<Feelings> feelings(Range range) {
        return sql(
                        "select line_id, count(feeling_before) as before, avg(feeling_before)::float8 as before_avg,"
                                + " count(feeling_after) as after, avg(feeling_after)::float8 as after_avg" + SURVEYS
                                + " group by line_id",
                        range)
                .query((rs, n) -> new Feelings(
                        line(rs.getObject("line_id", UUID.class)),
                        rs.getLong("before"),
                        rs.getObject("before_avg", Double.class),
                        rs.getLong("after"),
                        rs.getObject("after_avg", Double.class)))
                .list();
    }

    private JdbcClient.StatementSpec sql(String sql, Range range) {
        return jdbc.sql(sql)
                .param("o", range.organization())
                .param("lines", range.lines().stream().map(LineId::value).toList())
                .param("from", range.from())
                .param("to", range.to())
                .param("until", range.to().plusDays(1))
                .param("tz", range.zone().getId());
    }

    private static LineId line(UUID id) {
        return new LineId(id);
    }
}
