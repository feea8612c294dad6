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
import org.ourown.warmline.LineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chats and the queue. PostgreSQL is the queue: every instance takes from it with row locks. */
@Repository
class ChatRows {

    private final JdbcClient jdbc;

    ChatRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            ChatId id,
            LineId line,
            UUID organization,
            String secretHash,
            String visitorHash,
            ChatStatus status,
            Instant queuedAt,
            Instant answeredAt,
            Instant endedAt,
            UUID peer) {}

    void insert(
            ChatId id,
            LineId line,
            UUID organization,
            String secretHash,
            String visitorHash,
            boolean counts,
            Instant at) {
        jdbc.sql("insert into warmline.chat (id, line_id, organization_id, secret_hash, visitor_hash,"
                        + " counts_as_contact, status, queued_at, visitor_seen_at)"
                        + " values (:id, :l, :o, :s, :v, :c, 'WAITING', :at, :at)")
                .param("id", id.value())
                .param("l", line.value())
                .param("o", organization)
                .param("s", secretHash)
                .param("v", visitorHash)
                .param("c", counts)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Row> find(ChatId id) {
        return jdbc.sql("select * from warmline.chat where id = :id")
                .param("id", id.value())
                .query(ChatRows::row)
                .optional();
    }

    Optional<Row> lastOf(LineId line, String visitorHash) {
        return jdbc.sql("select * from warmline.chat where line_id = :l and visitor_hash = :v"
                        + " order by queued_at desc limit 1")
                .param("l", line.value())
                .param("v", visitorHash)
                .query(ChatRows::row)
                .optional();
    }

    int contactsSince(LineId line, String visitorHash, Instant since) {
        return jdbc.sql("select count(*) from warmline.chat where line_id = :l and visitor_hash = :v"
                        + " and counts_as_contact and queued_at >= :since")
                .param("l", line.value())
                .param("v", visitorHash)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** 1 for the next to be answered in the organization's queue. */
    int position(Row chat) {
        return jdbc.sql("select count(*) from warmline.chat where organization_id = :o and status = 'WAITING'"
                        + " and (queued_at, id) <= (:at, :id)")
                .param("o", chat.organization())
                .param("at", Timestamp.from(chat.queuedAt()))
                .param("id", chat.id().value())
                .query(Integer.class)
                .single();
    }

    List<ChatId> waiting(UUID organization) {
        return jdbc.sql("select id from warmline.chat where organization_id = :o and status = 'WAITING'"
                        + " order by queued_at, id")
                .param("o", organization)
                .query((rs, n) -> new ChatId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** Takes the oldest waiting chat; two peers on two instances never take the same one. */
    Optional<ChatId> takeOldest(UUID organization, UUID peer, String peerName, Instant at) {
        // Skip a chat another peer is taking right now; if that leaves none, the oldest may only be locked by its
        // visitor's page checking in (seen), for a moment: wait for that instead of saying nobody is waiting.
        return take(organization, peer, peerName, at, "skip locked")
                .or(() -> take(organization, peer, peerName, at, ""));
    }

    private Optional<ChatId> take(UUID organization, UUID peer, String peerName, Instant at, String lock) {
        return jdbc.sql("update warmline.chat set status = 'ACTIVE', peer_id = :p, peer_name = :name,"
                        + " answered_at = coalesce(answered_at, :at) where id = (select id from warmline.chat where organization_id = :o"
                        + " and status = 'WAITING' order by queued_at, id limit 1 for update " + lock + ")"
                        + " and status = 'WAITING' returning id")
                .param("o", organization)
                .param("p", peer)
                .param("name", peerName)
                .param("at", Timestamp.from(at))
                .query((rs, n) -> new ChatId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** Ends an open chat; false when it was already over. */
    boolean close(ChatId id, ChatStatus to, Instant at) {
        return jdbc.sql("update warmline.chat set status = :s, ended_at = :at, handover_note = null where id = :id"
                                + " and status in ('WAITING', 'ACTIVE')")
                        .param("s", to.name())
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .update()
                > 0;
    }

    /** The waiting visitor is still there: their page or its event stream asked about the chat. */
    void seen(ChatId id, Instant at) {
        jdbc.sql("update warmline.chat set visitor_seen_at = :at where id = :id and status = 'WAITING'"
                        + " and visitor_seen_at < :at")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Waiting chats whose visitor has given no sign since then: they closed the page without leaving. */
    List<Row> vanished(UUID organization, Instant since) {
        return jdbc.sql("select * from warmline.chat where organization_id = :o and status = 'WAITING'"
                        + " and visitor_seen_at < :since")
                .param("o", organization)
                .param("since", Timestamp.from(since))
                .query(ChatRows::row)
                .list();
    }

    int activeOf(UUID peer) {
        return jdbc.sql("select count(*) from warmline.chat where peer_id = :p and status = 'ACTIVE'")
                .param("p", peer)
                .query(Integer.class)
                .single();
    }

    int availablePeers(UUID organization) {
        return jdbc.sql("select count(*) from warmline.peer_presence where organization_id = :o and available")
                .param("o", organization)
                .query(Integer.class)
                .single();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                new ChatId(rs.getObject("id", UUID.class)),
                new LineId(rs.getObject("line_id", UUID.class)),
                rs.getObject("organization_id", UUID.class),
                rs.getString("secret_hash"),
                rs.getString("visitor_hash"),
                ChatStatus.valueOf(rs.getString("status")),
                instant(rs, "queued_at"),
                instant(rs, "answered_at"),
                instant(rs, "ended_at"),
                rs.getObject("peer_id", UUID.class));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
