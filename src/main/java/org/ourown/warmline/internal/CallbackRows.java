package org.ourown.warmline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.warmline.CallbackId;
import org.ourown.warmline.CallbackOutcome;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.LineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-in callbacks. The phone column is nulled, never kept, once a callback is done or expired. */
@Repository
class CallbackRows {

    private final JdbcClient jdbc;

    CallbackRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            CallbackId id,
            UUID organization,
            LineId line,
            ChatId chat,
            String phone,
            Instant windowStart,
            Instant windowEnd,
            String status) {}

    void insert(
            CallbackId id,
            UUID organization,
            LineId line,
            ChatId chat,
            String phone,
            Instant start,
            Instant end,
            Instant at) {
        jdbc.sql("insert into warmline.callback (id, organization_id, line_id, chat_id, phone, window_start,"
                        + " window_end, consented_at, status, created_at)"
                        + " values (:id, :o, :l, :c, :phone, :s, :e, :at, 'REQUESTED', :at)")
                .param("id", id.value())
                .param("o", organization)
                .param("l", line.value())
                .param("c", chat == null ? null : chat.value())
                .param("phone", phone)
                .param("s", Timestamp.from(start))
                .param("e", Timestamp.from(end))
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Row> find(CallbackId id) {
        return jdbc.sql("select * from warmline.callback where id = :id")
                .param("id", id.value())
                .query(CallbackRows::row)
                .optional();
    }

    List<Row> ofChat(ChatId chat) {
        return jdbc.sql("select * from warmline.callback where chat_id = :c order by window_start")
                .param("c", chat.value())
                .query(CallbackRows::row)
                .list();
    }

    /** Still to make: requested, with a number. */
    List<Row> open(UUID organization) {
        return jdbc.sql("select * from warmline.callback where organization_id = :o and status = 'REQUESTED'"
                        + " and phone is not null order by window_start, id")
                .param("o", organization)
                .query(CallbackRows::row)
                .list();
    }

    /** Done: the outcome is kept, the number is not. False when it was no longer open. */
    boolean complete(CallbackId id, CallbackOutcome outcome, UUID by, Instant at) {
        return jdbc.sql("update warmline.callback set status = 'DONE', outcome = :out, phone = null,"
                                + " done_at = :at, done_by = :by where id = :id and status = 'REQUESTED'")
                        .param("out", outcome.name())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("id", id.value())
                        .update()
                > 0;
    }

    /** Numbers nobody called, whose window ended before {@code before}: erased. Returns how many. */
    int expire(Instant before) {
        return jdbc.sql("update warmline.callback set status = 'EXPIRED', phone = null"
                        + " where status = 'REQUESTED' and window_end < :before")
                .param("before", Timestamp.from(before))
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID chat = rs.getObject("chat_id", UUID.class);
        return new Row(
                new CallbackId(rs.getObject("id", UUID.class)),
                rs.getObject("organization_id", UUID.class),
                new LineId(rs.getObject("line_id", UUID.class)),
                chat == null ? null : new ChatId(chat),
                rs.getString("phone"),
                ChatRows.instant(rs, "window_start"),
                ChatRows.instant(rs, "window_end"),
                rs.getString("status"));
    }
}
