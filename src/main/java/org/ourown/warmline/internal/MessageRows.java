package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatMessage.Sender;
import org.ourown.warmline.ChatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A chat's messages, in the order of their ids. */
@Repository
class MessageRows {

    private final JdbcClient jdbc;

    MessageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who writes into a chat: the visitor (by the hash of the chat's secret) or a peer of an organization. */
    record Writer(Sender sender, String secretHash, UUID organization, UUID peer) {

        static Writer visitor(String secretHash) {
            return new Writer(Sender.VISITOR, secretHash, null, null);
        }

        static Writer peer(UUID organization, UUID peer) {
            return new Writer(Sender.PEER, null, organization, peer);
        }

        String mayWrite() {
            return sender == Sender.VISITOR
                    ? "c.secret_hash = :hash"
                    : "c.organization_id = :organization and c.peer_id = :peer";
        }
    }

    /** What a post found: whether the writer may write there, the chat's state, their recent count, the new id. */
    record Posted(boolean allowed, ChatStatus status, int recent, Long id) {}

    /**
     * A post in one statement, without a transaction around it: the chat's row is locked, the writer's rights, the
     * chat's state and the writer's last {@code burst} messages are checked, and the message is inserted (and, with
     * a channel, notified) only if all allow it. The lock makes one writer of a chat's messages at a time until the
     * statement commits: ids come from a sequence in the order of inserts, not of commits, and without it a reader
     * could see a later message (id 102) before an earlier one (101) had committed, resume after 102 and never send
     * 101. Empty when there is no such chat.
     */
    Optional<Posted> post(
            ChatId chat, Writer writer, String body, Instant at, Instant since, int burst, String channel) {
        String sql = "with c as (select * from warmline.chat where id = :c for no key update),"
                + " recent as (select count(*) as n from (select m.sent_at from warmline.chat_message m"
                + " where m.chat_id = :c and m.sender = :s order by m.id desc limit :burst) l where l.sent_at > :since),"
                + " ins as (insert into warmline.chat_message (chat_id, sender, body, sent_at)"
                + " select c.id, :s, :b, :at from c, recent where " + writer.mayWrite()
                + " and c.status in ('WAITING', 'ACTIVE') and recent.n < :burst returning id"
                + (channel == null ? "" : ", pg_notify(:channel, :chat) as told") + ")"
                + " select (" + writer.mayWrite() + ") as allowed, c.status, recent.n as recent,"
                + " (select id from ins) as message_id from c, recent";
        var statement = jdbc.sql(sql)
                .param("c", chat.value())
                .param("s", writer.sender().name())
                .param("b", body)
                .param("at", Timestamp.from(at))
                .param("since", Timestamp.from(since))
                .param("burst", burst);
        if (writer.sender() == Sender.VISITOR) {
            statement = statement.param("hash", writer.secretHash());
        } else {
            statement = statement.param("organization", writer.organization()).param("peer", writer.peer());
        }
        if (channel != null) {
            statement = statement
                    .param("channel", channel)
                    .param("chat", chat.value().toString());
        }
        return statement
                .query((rs, n) -> {
                    long id = rs.getLong("message_id");
                    Long inserted = rs.wasNull() ? null : id;
                    return new Posted(
                            rs.getBoolean("allowed"),
                            ChatStatus.valueOf(rs.getString("status")),
                            rs.getInt("recent"),
                            inserted);
                })
                .optional();
    }

    ChatMessage insert(ChatId chat, Sender sender, String body, Instant at) {
        long id = jdbc.sql("insert into warmline.chat_message (chat_id, sender, body, sent_at)"
                        + " values (:c, :s, :b, :at) returning id")
                .param("c", chat.value())
                .param("s", sender.name())
                .param("b", body)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        return new ChatMessage(id, sender, body, at);
    }

    /** A chat's row and its messages after an id, read together. */
    record ChatRead(ChatRows.Row chat, long afterId, List<ChatMessage> messages) {

        /** The same read for a reader further on; null when this read cannot tell (it stopped at the limit). */
        ChatRead from(long later) {
            if (later < afterId || messages.size() >= LIMIT) {
                return null;
            }
            return new ChatRead(
                    chat, later, messages.stream().filter(m -> m.id() > later).toList());
        }
    }

    static final int LIMIT = 500;

    /**
     * The chat's row and the messages after an id, in one statement, so that a reader's rights and what is new come
     * from the same moment without a transaction around two reads. Empty when the chat is gone.
     */
    Optional<ChatRead> readAfter(ChatId chat, long afterId) {
        List<Object[]> rows = jdbc.sql("select c.*, m.id as m_id, m.sender as m_sender, m.body as m_body,"
                        + " m.sent_at as m_sent_at from warmline.chat c left join lateral (select id, sender, body,"
                        + " sent_at from warmline.chat_message where chat_id = c.id and id > :a order by id limit "
                        + LIMIT + ") m on true where c.id = :c order by m.id")
                .param("c", chat.value())
                .param("a", afterId)
                .query((rs, n) -> {
                    long id = rs.getLong("m_id");
                    ChatMessage message = rs.wasNull()
                            ? null
                            : new ChatMessage(
                                    id,
                                    Sender.valueOf(rs.getString("m_sender")),
                                    rs.getString("m_body"),
                                    rs.getTimestamp("m_sent_at").toInstant());
                    return new Object[] {n == 0 ? ChatRows.row(rs, n) : null, message};
                })
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ChatMessage> messages = rows.stream()
                .map(row -> (ChatMessage) row[1])
                .filter(java.util.Objects::nonNull)
                .toList();
        return Optional.of(new ChatRead((ChatRows.Row) rows.get(0)[0], afterId, messages));
    }

    List<ChatMessage> after(ChatId chat, long afterId) {
        return jdbc.sql("select id, sender, body, sent_at from warmline.chat_message where chat_id = :c and id > :a"
                        + " order by id limit " + LIMIT)
                .param("c", chat.value())
                .param("a", afterId)
                .query((rs, n) -> new ChatMessage(
                        rs.getLong("id"),
                        Sender.valueOf(rs.getString("sender")),
                        rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** Short memory: the words go, from the database itself. */
    void forget(ChatId chat) {
        jdbc.sql("delete from warmline.chat_message where chat_id = :c")
                .param("c", chat.value())
                .update();
    }
}
