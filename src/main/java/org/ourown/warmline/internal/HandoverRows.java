package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A chat changing hands, and who could take it. */
@Repository
class HandoverRows {

    private final JdbcClient jdbc;

    HandoverRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Available peers of the organization with fewer active chats than they take at once. */
    List<UUID> withRoom(UUID organization) {
        return jdbc.sql("select p.account_id from warmline.peer_presence p where p.organization_id = :o"
                        + " and p.available and p.capacity > (select count(*) from warmline.chat c"
                        + " where c.peer_id = p.account_id and c.status = 'ACTIVE')")
                .param("o", organization)
                .query(UUID.class)
                .list();
    }

    Optional<String> note(ChatId chat) {
        return jdbc.sql("select handover_note from warmline.chat where id = :c and handover_note is not null")
                .param("c", chat.value())
                .query(String.class)
                .optional();
    }

    /** Only from the peer holding an active chat; false otherwise. */
    boolean transfer(ChatId chat, UUID from, UUID to, String toName, String note) {
        return jdbc.sql("update warmline.chat set peer_id = :to, peer_name = :name, handover_note = :note,"
                                + " transfers = transfers + 1 where id = :c and peer_id = :from and status = 'ACTIVE'")
                        .param("to", to)
                        .param("name", toName)
                        .param("note", note)
                        .param("c", chat.value())
                        .param("from", from)
                        .update()
                > 0;
    }

    /** Waiting again, with its first queue time: the visitor is ahead of those who came later. */
    boolean requeue(ChatId chat, UUID from, String note, Instant at) {
        return jdbc.sql("update warmline.chat set status = 'WAITING', peer_id = null, peer_name = null,"
                                + " handover_note = :note, transfers = transfers + 1, visitor_seen_at = :at"
                                + " where id = :c and peer_id = :from and status = 'ACTIVE'")
                        .param("note", note)
                        .param("at", Timestamp.from(at))
                        .param("c", chat.value())
                        .param("from", from)
                        .update()
                > 0;
    }
}
