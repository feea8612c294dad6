package org.ourown.warmline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ourown.warmline.Channel;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.LineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact records. Callers have checked who is asking; this class only stores and finds. */
@Repository
class ContactRecordRows {

    private final JdbcClient jdbc;

    ContactRecordRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            ContactRecordId id,
            UUID organization,
            LineId line,
            ChatId chat,
            UUID peer,
            Channel channel,
            Instant queuedAt,
            Instant answeredAt,
            Instant endedAt,
            boolean abandoned,
            boolean finalised,
            ContactDetails details,
            Instant changedAt) {}

    ContactRecordId insert(
            UUID organization,
            LineId line,
            ChatId chat,
            UUID peer,
            Channel channel,
            Instant queued,
            Instant answered,
            Instant ended,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into warmline.contact_record (id, organization_id, line_id, chat_id, peer_id, channel,"
                        + " direction, queued_at, answered_at, ended_at, status, created_at, created_by, transfers)"
                        + " values (:id, :o, :l, :c, :p, :ch, 'INCOMING', :q, :a, :e, 'DRAFT', :at, :p,"
                        + " coalesce((select transfers from warmline.chat where id = :c), 0))")
                .param("id", id)
                .param("o", organization)
                .param("l", line.value())
                .param("c", chat == null ? null : chat.value())
                .param("p", peer)
                .param("ch", channel.name())
                .param("q", timestamp(queued))
                .param("a", timestamp(answered))
                .param("e", timestamp(ended))
                .param("at", Timestamp.from(at))
                .update();
        return new ContactRecordId(id);
    }

    Optional<Row> find(ContactRecordId id) {
        return jdbc.sql("select * from warmline.contact_record where id = :id")
                .param("id", id.value())
                .query(ContactRecordRows::row)
                .optional();
    }

    Optional<ContactRecordId> ofChat(ChatId chat) {
        return jdbc.sql("select id from warmline.contact_record where chat_id = :c")
                .param("c", chat.value())
                .query((rs, n) -> new ContactRecordId(rs.getObject(1, UUID.class)))
                .optional();
    }

    List<Row> draftsOf(UUID peer) {
        return jdbc.sql("select * from warmline.contact_record where peer_id = :p and status = 'DRAFT'"
                        + " order by created_at")
                .param("p", peer)
                .query(ContactRecordRows::row)
                .list();
    }

    void save(ContactRecordId id, ContactDetails d, boolean finalise, UUID by, Instant at) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id.value());
        p.put("reasons", names(d.reasons()));
        p.put("support", names(d.supportGiven()));
        p.put("resources", blankToNull(d.resourcesShared()));
        p.put("crisis", d.crisisLineMentioned());
        p.put("handoff", d.warmHandoff());
        p.put("from988", name(d.cameFrom988()));
        p.put("fs", d.feelingStart());
        p.put("fe", d.feelingEnd());
        p.put("diversion", name(d.diversion()));
        p.put("alias", blankToNull(d.alias()));
        p.put("repeat", name(d.repeatCaller()));
        p.put("area", blankToNull(d.area()));
        p.put("age", name(d.ageRange()));
        p.put("gender", blankToNull(d.gender()));
        p.put("heard", blankToNull(d.heardFrom()));
        p.put("status", finalise ? "FINAL" : "DRAFT");
        p.put("by", by);
        p.put("at", Timestamp.from(at));
        jdbc.sql("update warmline.contact_record set reasons = string_to_array(:reasons, ','),"
                        + " support_given = string_to_array(:support, ','), resources_shared = :resources,"
                        + " crisis_line_mentioned = :crisis, warm_handoff = :handoff, came_from_988 = :from988,"
                        + " feeling_start = :fs, feeling_end = :fe, diversion = :diversion, alias = :alias,"
                        + " repeat_caller = :repeat, area = :area, age_range = :age, gender = :gender,"
                        + " heard_from = :heard, status = :status, changed_at = :at, changed_by = :by"
                        + " where id = :id and status = 'DRAFT'")
                .params(p)
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID chat = rs.getObject("chat_id", UUID.class);
        ContactDetails details = new ContactDetails(
                set(rs.getString("reasons"), ContactDetails.Reason::valueOf),
                set(rs.getString("support_given"), ContactDetails.Support::valueOf),
                rs.getString("resources_shared"),
                (Boolean) rs.getObject("crisis_line_mentioned"),
                (Boolean) rs.getObject("warm_handoff"),
                value(rs.getString("came_from_988"), ContactDetails.Answer::valueOf),
                integer(rs, "feeling_start"),
                integer(rs, "feeling_end"),
                value(rs.getString("diversion"), ContactDetails.Diversion::valueOf),
                rs.getString("alias"),
                value(rs.getString("repeat_caller"), ContactDetails.Answer::valueOf),
                rs.getString("area"),
                value(rs.getString("age_range"), ContactDetails.AgeRange::valueOf),
                rs.getString("gender"),
                rs.getString("heard_from"));
        return new Row(
                new ContactRecordId(rs.getObject("id", UUID.class)),
                rs.getObject("organization_id", UUID.class),
                new LineId(rs.getObject("line_id", UUID.class)),
                chat == null ? null : new ChatId(chat),
                rs.getObject("peer_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                ChatRows.instant(rs, "queued_at"),
                ChatRows.instant(rs, "answered_at"),
                ChatRows.instant(rs, "ended_at"),
                rs.getBoolean("abandoned"),
                "FINAL".equals(rs.getString("status")),
                details,
                ChatRows.instant(rs, "changed_at"));
    }

    /** PostgreSQL hands a text[] over as {A,B}, quoting some elements; the names are plain enum names. */
    private static <E> Set<E> set(String array, Function<String, E> parse) {
        if (array == null || array.length() <= 2) {
            return Set.of();
        }
        return Arrays.stream(
                        array.substring(1, array.length() - 1).replace("\"", "").split(","))
                .map(parse)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E> E value(String text, Function<String, E> parse) {
        return text == null ? null : parse.apply(text);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
