package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourown.warmline.BoardView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures on the coordinators' board, each line in one pass over its open chats and today's. */
@Repository
class BoardQueries {

    private final JdbcClient jdbc;

    BoardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BoardView.LineNow> lines(UUID organization, Instant midnight, Instant now) {
        Map<UUID, Integer> phone = phoneCalls(organization, midnight);
        return jdbc.sql("select l.id, l.name,"
                        + " count(c.id) filter (where c.status = 'WAITING') as waiting,"
                        + " min(c.queued_at) filter (where c.status = 'WAITING') as oldest,"
                        + " count(c.id) filter (where c.status = 'ACTIVE') as active,"
                        + " count(c.id) filter (where c.queued_at >= :m and c.counts_as_contact) as contacts,"
                        + " count(c.id) filter (where c.answered_at >= :m) as answered,"
                        + " count(c.id) filter (where c.status = 'LEFT' and c.answered_at is null"
                        + " and c.ended_at >= :m) as left_early"
                        + " from warmline.line l left join warmline.chat c on c.line_id = l.id"
                        + " and (c.status in ('WAITING', 'ACTIVE') or c.queued_at >= :m or c.ended_at >= :m)"
                        + " where l.organization_id = :o group by l.id, l.name order by l.name")
                .param("o", organization)
                .param("m", Timestamp.from(midnight))
                .query((rs, n) -> {
                    Instant oldest = ChatRows.instant(rs, "oldest");
                    int calls = phone.getOrDefault(rs.getObject("id", UUID.class), 0);
                    return new BoardView.LineNow(
                            rs.getString("name"),
                            rs.getInt("waiting"),
                            oldest == null
                                    ? 0
                                    : Math.max(0, Duration.between(oldest, now).toMinutes()),
                            rs.getInt("active"),
                            rs.getInt("contacts") + calls,
                            rs.getInt("answered") + calls,
                            rs.getInt("left_early"));
                })
                .list();
    }

    /** Peers available now, the chats they take at once together, and how many of those are free. */
    BoardView.Peers peers(UUID organization) {
        return jdbc.sql("select count(*) as available, coalesce(sum(p.capacity), 0) as capacity,"
                        + " coalesce(sum(greatest(0, p.capacity - (select count(*) from warmline.chat c"
                        + " where c.peer_id = p.account_id and c.status = 'ACTIVE'))), 0) as free"
                        + " from warmline.peer_presence p where p.organization_id = :o and p.available")
                .param("o", organization)
                .query((rs, n) -> new BoardView.Peers(rs.getInt("available"), rs.getInt("capacity"), rs.getInt("free")))
                .single();
    }

    private Map<UUID, Integer> phoneCalls(UUID organization, Instant midnight) {
        return jdbc
                .sql("select line_id, count(*) as calls from warmline.contact_record where organization_id = :o"
                        + " and channel = 'PHONE' and created_at >= :m group by line_id")
                .param("o", organization)
                .param("m", Timestamp.from(midnight))
                .query((rs, n) -> Map.entry(rs.getObject("line_id", UUID.class), rs.getInt("calls")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
