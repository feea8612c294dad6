package org.ourown.members.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.members.MembershipId;
import org.ourown.members.SupportSessionView.Correction;
import org.ourown.members.SupportSessionView.Response;
import org.ourown.members.SupportSessionView.Writer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What follows a note: its author's corrections, and the member's response. Loaded per member, not per note. */
@Repository
class SessionAnswers {

    private final JdbcClient jdbc;

    SessionAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Answers(Map<UUID, List<Correction>> corrections, Map<UUID, Response> responses) {

        List<Correction> correctionsOf(UUID session) {
            return corrections.getOrDefault(session, List.of());
        }

        Response responseTo(UUID session) {
            return responses.get(session);
        }
    }

    Answers of(MembershipId membership) {
        Map<UUID, List<Correction>> corrections = new HashMap<>();
        jdbc.sql("select * from members.session_correction where membership_id = :m order by created_at, id")
                .param("m", membership.value())
                .query(rs -> {
                    corrections
                            .computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Correction(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("text"),
                                    SessionRows.writer(rs, "author"),
                                    rs.getTimestamp("created_at").toInstant()));
                });
        Map<UUID, Response> responses = new HashMap<>();
        jdbc.sql("select * from members.session_response where membership_id = :m")
                .param("m", membership.value())
                .query(rs -> {
                    Timestamp changed = rs.getTimestamp("changed_at");
                    responses.put(
                            rs.getObject("session_id", UUID.class),
                            new Response(
                                    rs.getString("text"),
                                    rs.getTimestamp("created_at").toInstant(),
                                    changed == null ? null : changed.toInstant()));
                });
        return new Answers(corrections, responses);
    }

    void correct(UUID session, MembershipId membership, String text, Writer author, Instant now) {
        jdbc.sql("insert into members.session_correction (id, session_id, membership_id, text, author_id,"
                        + " author_name, author_role, created_at) values (:id, :s, :m, :text, :author, :name, :role,"
                        + " :now)")
                .param("id", UUID.randomUUID())
                .param("s", session)
                .param("m", membership.value())
                .param("text", text)
                .param("author", author.id())
                .param("name", author.name())
                .param("role", author.role().name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Writes the member's response, or replaces it; true when there was one before. */
    boolean respond(UUID session, MembershipId membership, String text, Instant now) {
        // One statement, so that two quick saves of the same response cannot both insert.
        return jdbc.sql("insert into members.session_response (session_id, membership_id, text, created_at)"
                        + " values (:s, :m, :text, :now) on conflict (session_id) do update"
                        + " set text = excluded.text, changed_at = excluded.created_at"
                        + " where session_response.membership_id = excluded.membership_id"
                        + " returning xmax <> 0")
                .param("s", session)
                .param("m", membership.value())
                .param("text", text)
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }
}
