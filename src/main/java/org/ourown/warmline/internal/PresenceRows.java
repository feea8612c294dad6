package org.ourown.warmline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether each peer is taking chats now, and how many at once. */
@Repository
class PresenceRows {

    private final JdbcClient jdbc;

    PresenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Presence(boolean available, int capacity) {}

    Presence of(UUID peer) {
        return jdbc.sql("select available, capacity from warmline.peer_presence where account_id = :p")
                .param("p", peer)
                .query((rs, n) -> new Presence(rs.getBoolean(1), rs.getInt(2)))
                .optional()
                .orElse(new Presence(false, 1));
    }

    void set(UUID peer, UUID organization, boolean available, int capacity, Instant at) {
        jdbc.sql("insert into warmline.peer_presence (account_id, organization_id, available, capacity, changed_at)"
                        + " values (:p, :o, :a, :c, :at) on conflict (account_id) do update set available = :a,"
                        + " capacity = :c, organization_id = :o, changed_at = :at")
                .param("p", peer)
                .param("o", organization)
                .param("a", available)
                .param("c", capacity)
                .param("at", Timestamp.from(at))
                .update();
    }
}
