package org.ourown.warmline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chats as coordinators list them afterwards: with their line's retention, and whether the visitor is blocked. */
@Repository
class TranscriptQueries {

    private static final String SELECT = "select c.id, c.organization_id, l.name, l.retention, c.status, c.peer_name,"
            + " c.queued_at, c.answered_at, c.ended_at, exists (select 1 from warmline.block b"
            + " where b.organization_id = c.organization_id and b.visitor_hash = c.visitor_hash"
            + " and b.lifted_at is null and (b.until is null or b.until > :now)) as blocked"
            + " from warmline.chat c join warmline.line l on l.id = c.line_id";

    private final JdbcClient jdbc;

    TranscriptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            ChatId id,
            UUID organization,
            String lineName,
            Retention retention,
            ChatStatus status,
            String peerName,
            Instant queuedAt,
            Instant answeredAt,
            Instant endedAt,
            boolean blocked) {

        /** When the words go; null while the chat is open. */
        Instant keptUntil() {
            return endedAt == null ? null : endedAt.plus(retention.keptFor());
        }

        boolean kept(Instant now) {
            return status.isOpen() || (endedAt != null && keptUntil().isAfter(now));
        }
    }

    Optional<Row> find(ChatId id, Instant now) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .query(TranscriptQueries::row)
                .optional();
    }

    List<Row> recent(UUID organization, Instant since, Instant now) {
        return jdbc.sql(SELECT + " where c.organization_id = :o and c.queued_at >= :since"
                        + " order by c.queued_at desc, c.id limit 200")
                .param("o", organization)
                .param("since", Timestamp.from(since))
                .param("now", Timestamp.from(now))
                .query(TranscriptQueries::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                new ChatId(rs.getObject("id", UUID.class)),
                rs.getObject("organization_id", UUID.class),
                rs.getString("name"),
                Retention.valueOf(rs.getString("retention")),
                ChatStatus.valueOf(rs.getString("status")),
                rs.getString("peer_name"),
                ChatRows.instant(rs, "queued_at"),
                ChatRows.instant(rs, "answered_at"),
                ChatRows.instant(rs, "ended_at"),
                rs.getBoolean("blocked"));
    }
}
