package org.ourown.warmline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.warmline.DayHours;
import org.ourown.warmline.LineId;
import org.ourown.warmline.LineSettings;
import org.ourown.warmline.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lines with their hours and closures. Callers have checked who is asking; this class only stores and finds. */
@Repository
class LineRows {

    private final JdbcClient jdbc;

    LineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(LineId id, UUID organization, LineSettings settings) {}

    List<Row> all() {
        return jdbc.sql("select * from warmline.line order by name, id")
                .query(this::row)
                .list();
    }

    List<Row> of(UUID organization) {
        return jdbc.sql("select * from warmline.line where organization_id = :o order by name, id")
                .param("o", organization)
                .query(this::row)
                .list();
    }

    Optional<Row> find(LineId id) {
        return jdbc.sql("select * from warmline.line where id = :id")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    Optional<Row> bySlug(String slug) {
        return jdbc.sql("select * from warmline.line where slug = :s")
                .param("s", slug)
                .query(this::row)
                .optional();
    }

    boolean slugTaken(String slug, LineId except) {
        return jdbc.sql("select count(*) from warmline.line where slug = :s and id <> :id")
                        .param("s", slug)
                        .param("id", except == null ? new UUID(0, 0) : except.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(LineId id, UUID organization, LineSettings s, UUID by, Instant at) {
        jdbc.sql(
                        "insert into warmline.line (id, organization_id, name, slug, phone, closed_message, daily_limit,"
                                + " chat_guide_minutes, retention, crisis_resources, created_at, created_by)"
                                + " values (:id, :o, :name, :slug, :phone, :closed, :limit, :guide, :retention, :crisis, :at, :by)")
                .param("id", id.value())
                .param("o", organization)
                .params(columns(s))
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .update();
        replaceHours(id, s);
    }

    void update(LineId id, LineSettings s, UUID by, Instant at) {
        jdbc.sql("update warmline.line set name = :name, slug = :slug, phone = :phone, closed_message = :closed,"
                        + " daily_limit = :limit, chat_guide_minutes = :guide, retention = :retention,"
                        + " crisis_resources = :crisis, changed_at = :at, changed_by = :by where id = :id")
                .param("id", id.value())
                .params(columns(s))
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .update();
        replaceHours(id, s);
    }

    private static java.util.Map<String, Object> columns(LineSettings s) {
        var map = new java.util.HashMap<String, Object>();
        map.put("name", s.name().strip());
        map.put("slug", s.slug());
        map.put("phone", blankToNull(s.phone()));
        map.put("closed", blankToNull(s.closedMessage()));
        map.put("limit", s.dailyLimit());
        map.put("guide", s.chatGuideMinutes());
        map.put("retention", s.retention().name());
        map.put("crisis", s.crisisResources().isEmpty() ? null : String.join("\n", s.crisisResources()));
        return map;
    }

    private void replaceHours(LineId id, LineSettings s) {
        jdbc.sql("delete from warmline.line_hours where line_id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql("delete from warmline.line_closure where line_id = :id")
                .param("id", id.value())
                .update();
        for (DayHours day : s.hours()) {
            jdbc.sql("insert into warmline.line_hours (line_id, weekday, opens, closes) values (:id, :d, :o, :c)")
                    .param("id", id.value())
                    .param("d", day.day().getValue())
                    .param("o", day.opens())
                    .param("c", day.closes())
                    .update();
        }
        for (LocalDate day : s.closures().stream().distinct().toList()) {
            jdbc.sql("insert into warmline.line_closure (line_id, closed_on) values (:id, :d)")
                    .param("id", id.value())
                    .param("d", day)
                    .update();
        }
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<DayHours> hours = jdbc.sql("select weekday, opens, closes from warmline.line_hours where line_id = :id"
                        + " order by weekday")
                .param("id", id)
                .query((h, i) -> new DayHours(
                        DayOfWeek.of(h.getInt("weekday")),
                        h.getObject("opens", java.time.LocalTime.class),
                        h.getObject("closes", java.time.LocalTime.class)))
                .list();
        List<LocalDate> closures = jdbc.sql(
                        "select closed_on from warmline.line_closure where line_id = :id order by closed_on")
                .param("id", id)
                .query((c, i) -> c.getObject("closed_on", LocalDate.class))
                .list();
        String crisis = rs.getString("crisis_resources");
        return new Row(
                new LineId(id),
                rs.getObject("organization_id", UUID.class),
                new LineSettings(
                        rs.getString("name"),
                        rs.getString("slug"),
                        rs.getString("phone"),
                        hours,
                        closures,
                        rs.getString("closed_message"),
                        rs.getInt("daily_limit"),
                        rs.getInt("chat_guide_minutes"),
                        Retention.valueOf(rs.getString("retention")),
                        crisis == null ? List.of() : Arrays.asList(crisis.split("\n"))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
