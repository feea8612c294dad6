package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatMessage;
import org.ourown.warmline.ChatMessage.Sender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A chat's messages, in the order of their ids. */
@Repository
class MessageRows {

    private final JdbcClient jdbc;

    MessageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChatMessage insert(ChatId chat, Sender sender, String body, Instant at) {
        return insert(chat, sender, body, at, null);
    }

    /**
     * Inserts a message; with a channel, the same statement notifies it of the chat (delivered at commit, not at all
     * after a rollback, as {@link MessageDelivery#announce} would).
     */
    ChatMessage insert(ChatId chat, Sender sender, String body, Instant at, String channel) {
        String sql = "insert into warmline.chat_message (chat_id, sender, body, sent_at) values (:c, :s, :b, :at)"
                + " returning id";
        if (channel != null) {
            sql = "with m as (" + sql + ") select m.id, pg_notify(:channel, :chat) from m";
        }
        var statement = jdbc.sql(sql)
                .param("c", chat.value())
                .param("s", sender.name())
                .param("b", body)
                .param("at", Timestamp.from(at));
        if (channel != null) {
            statement = statement
                    .param("channel", channel)
                    .param("chat", chat.value().toString());
        }
        long id = statement.query((rs, n) -> rs.getLong(1)).single();
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
