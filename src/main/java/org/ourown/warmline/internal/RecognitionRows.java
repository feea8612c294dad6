package org.ourown.warmline.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.HandoverView.EarlierContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which chats a visitor chose to link, by a hash; and the de-identified record of those earlier chats. */
@Repository
class RecognitionRows {

    private final JdbcClient jdbc;

    RecognitionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(ChatId chat, UUID organization, String hash, Instant at) {
        jdbc.sql("insert into warmline.chat_recognition (chat_id, organization_id, recognition_hash, created_at)"
                        + " values (:c, :o, :h, :at) on conflict (chat_id) do update set recognition_hash = :h")
                .param("c", chat.value())
                .param("o", organization)
                .param("h", hash)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<String> hashOf(ChatId chat) {
        return jdbc.sql("select recognition_hash from warmline.chat_recognition where chat_id = :c")
                .param("c", chat.value())
                .query(String.class)
                .optional();
    }

    /** Every chat of the organization that shared the hash forgets it. */
    int forget(UUID organization, String hash) {
        return jdbc.sql("delete from warmline.chat_recognition where organization_id = :o and recognition_hash = :h")
                .param("o", organization)
                .param("h", hash)
                .update();
    }

    /** Answered chats of the same organization sharing this chat's hash, newest first. */
    List<EarlierContact> earlier(ChatId chat, UUID organization) {
        return jdbc.sql("select c.answered_at, c.peer_name, r.reasons, r.support_given"
                        + " from warmline.chat_recognition me join warmline.chat_recognition other"
                        + " on other.organization_id = me.organization_id"
                        + " and other.recognition_hash = me.recognition_hash and other.chat_id <> me.chat_id"
                        + " join warmline.chat c on c.id = other.chat_id and c.organization_id = me.organization_id"
                        + " left join warmline.contact_record r on r.chat_id = c.id"
                        + " where me.chat_id = :c and me.organization_id = :o and c.answered_at is not null"
                        + " order by c.answered_at desc limit 20")
                .param("c", chat.value())
                .param("o", organization)
                .query((rs, n) -> new EarlierContact(
                        ChatRows.instant(rs, "answered_at"),
                        rs.getString("peer_name"),
                        names(rs, "reasons", ContactDetails.Reason.class),
                        names(rs, "support_given", ContactDetails.Support.class)))
                .list();
    }

    private static <E extends Enum<E>> Set<E> names(ResultSet rs, String column, Class<E> type) throws SQLException {
        Array array = rs.getArray(column);
        Set<E> set = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).forEach(name -> set.add(Enum.valueOf(type, name)));
        }
        return set;
    }
}
