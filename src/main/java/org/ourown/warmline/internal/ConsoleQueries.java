package org.ourown.warmline.internal;

import java.util.List;
import java.util.UUID;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatStatus;
import org.ourown.warmline.ConsoleView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the console lists: the organization's queue by line, and the peer's own chats without a record yet. */
@Repository
class ConsoleQueries {

    private final JdbcClient jdbc;

    ConsoleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsoleView.QueueLine> queue(UUID organization) {
        return jdbc.sql("select l.name, count(c.id) as waiting, min(c.queued_at) as oldest from warmline.line l"
                        + " left join warmline.chat c on c.line_id = l.id and c.status = 'WAITING'"
                        + " where l.organization_id = :o group by l.id, l.name order by l.name")
                .param("o", organization)
                .query((rs, n) -> new ConsoleView.QueueLine(
                        rs.getString("name"), rs.getInt("waiting"), ChatRows.instant(rs, "oldest")))
                .list();
    }

    List<ConsoleView.MyChat> chatsOf(UUID peer) {
        return jdbc.sql("select c.id, l.name, c.status, c.answered_at from warmline.chat c"
                        + " join warmline.line l on l.id = c.line_id"
                        + " where c.peer_id = :p and (c.status = 'ACTIVE' or not exists"
                        + " (select 1 from warmline.contact_record r where r.chat_id = c.id))"
                        + " order by c.answered_at")
                .param("p", peer)
                .query((rs, n) -> new ConsoleView.MyChat(
                        new ChatId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        ChatStatus.valueOf(rs.getString("status")),
                        ChatRows.instant(rs, "answered_at")))
                .list();
    }
}
