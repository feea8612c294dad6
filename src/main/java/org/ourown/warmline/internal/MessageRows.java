package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    /**
     * One writer of a chat's messages at a time, until it commits. Ids come from a sequence in the order of inserts,
     * not of commits: without this, a reader could see a later message (id 102) before an earlier one (101) had
     * committed, resume after 102 and never send 101. Closing and joining already hold the chat's row.
     *
     * @return whether the chat is still open, now that nobody else can close it before this transaction ends
     */
    boolean lockChat(ChatId chat) {
        return jdbc.sql("select status from warmline.chat where id = :c for no key update")
                .param("c", chat.value())
                .query(String.class)
                .optional()
                .map(status -> ChatStatus.valueOf(status).isOpen())
                .orElse(false);
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

    List<ChatMessage> after(ChatId chat, long afterId) {
        return jdbc.sql("select id, sender, body, sent_at from warmline.chat_message where chat_id = :c and id > :a"
                        + " order by id limit 500")
                .param("c", chat.value())
                .param("a", afterId)
                .query((rs, n) -> new ChatMessage(
                        rs.getLong("id"),
                        Sender.valueOf(rs.getString("sender")),
                        rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    int sentSince(ChatId chat, Sender sender, Instant since) {
        return jdbc.sql("select count(*) from warmline.chat_message where chat_id = :c and sender = :s"
                        + " and sent_at > :since")
                .param("c", chat.value())
                .param("s", sender.name())
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Short memory: the words go, from the database itself. */
    void forget(ChatId chat) {
        jdbc.sql("delete from warmline.chat_message where chat_id = :c")
                .param("c", chat.value())
                .update();
    }
}
