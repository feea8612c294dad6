package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the short-memory job deletes or clears, one line retention at a time. */
@Repository
class PurgeRows {

    private final JdbcClient jdbc;

    PurgeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waiting chats, on any organization's line, whose visitor has given no sign since then. */
    List<ChatId> vanished(Instant since) {
        return jdbc.sql("select id from warmline.chat where status = 'WAITING' and visitor_seen_at < :since")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new ChatId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** Every message, the closing notice too, of chats on such lines that ended before {@code endedBefore}. */
    int messages(Retention retention, Instant endedBefore) {
        return jdbc.sql("delete from warmline.chat_message m using warmline.chat c, warmline.line l"
                        + " where m.chat_id = c.id and l.id = c.line_id and l.retention = :r"
                        + " and c.status in ('ENDED', 'LEFT') and c.ended_at <= :before")
                .param("r", retention.name())
                .param("before", Timestamp.from(endedBefore))
                .update();
    }

    /**
     * Clears the free text of contact records: what a peer may have written that points to a person. Anchored at the
     * later of the contact's end and the record's last change; drafts are cleared only from {@code draftsBefore}.
     */
    int recordText(Retention retention, Instant before, Instant draftsBefore) {
        return jdbc.sql("update warmline.contact_record r set alias = null, area = null, gender = null,"
                        + " heard_from = null, resources_shared = null from warmline.line l"
                        + " where l.id = r.line_id and l.retention = :r"
                        + " and (r.alias is not null or r.area is not null or r.gender is not null"
                        + " or r.heard_from is not null or r.resources_shared is not null)"
                        + " and greatest(coalesce(r.ended_at, r.created_at), coalesce(r.changed_at, r.created_at))"
                        + " <= case when r.status = 'FINAL' then cast(:before as timestamptz)"
                        + " else cast(:drafts as timestamptz) end")
                .param("r", retention.name())
                .param("before", Timestamp.from(before))
                .param("drafts", Timestamp.from(draftsBefore))
                .update();
    }

    /** The reason of a block that is over (lifted or run out), once its line's retention has passed since. */
    int blockReasons(Retention retention, Instant overBefore) {
        return jdbc.sql("update warmline.block b set reason = null from warmline.line l"
                        + " where l.id = b.line_id and l.retention = :r and b.reason is not null"
                        + " and coalesce(b.lifted_at, b.until) <= :before")
                .param("r", retention.name())
                .param("before", Timestamp.from(overBefore))
                .update();
    }

    /** Blocks whose line is gone have no retention left to keep them by. */
    int orphanBlockReasons(Instant now) {
        return jdbc.sql("update warmline.block set reason = null where line_id is null and reason is not null"
                        + " and coalesce(lifted_at, until) <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }
}
