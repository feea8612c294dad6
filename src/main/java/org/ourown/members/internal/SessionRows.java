package org.ourown.members.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ourown.accounts.Role;
import org.ourown.members.MembershipId;
import org.ourown.members.SessionKind;
import org.ourown.members.SessionRequest;
import org.ourown.members.SupportSessionView;
import org.ourown.members.SupportSessionView.Writer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Support sessions and their notes. Callers have checked who is asking; this class only stores and finds. */
@Repository
class SessionRows {

    private final JdbcClient jdbc;

    SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            UUID id,
            MembershipId membership,
            UUID organization,
            LocalDate heldOn,
            int minutes,
            SessionKind kind,
            String place,
            String note,
            Writer author,
            Instant createdAt,
            Instant changedAt) {

        /** As the reader sees it now: its author may change it until {@code editableFor} has passed. */
        SupportSessionView view(SessionAnswers.Answers answers, UUID reader, Instant now, Duration editableFor) {
            Instant until = createdAt.plus(editableFor);
            return new SupportSessionView(
                    id,
                    membership,
                    heldOn,
                    minutes,
                    kind,
                    place,
                    note,
                    author,
                    createdAt,
                    changedAt,
                    answers.correctionsOf(id),
                    answers.responseTo(id),
                    author.id().equals(reader) && now.isBefore(until),
                    until);
        }
    }

    /** Newest first: by the day it was held, then by when it was written. */
    List<Row> of(MembershipId membership) {
        return jdbc.sql("select * from members.support_session where membership_id = :m"
                        + " order by held_on desc, created_at desc, id")
                .param("m", membership.value())
                .query(SessionRows::row)
                .list();
    }

    Optional<Row> find(MembershipId membership, UUID id) {
        return jdbc.sql("select * from members.support_session where id = :id and membership_id = :m")
                .param("id", id)
                .param("m", membership.value())
                .query(SessionRows::row)
                .optional();
    }

    void insert(Row row) {
        jdbc.sql("insert into members.support_session (id, membership_id, organization_id, held_on, minutes, kind,"
                        + " place, note, author_id, author_name, author_role, created_at) values (:id, :m, :org,"
                        + " :heldOn, :minutes, :kind, :place, :note, :author, :authorName, :authorRole, :now)")
                .param("id", row.id())
                .param("m", row.membership().value())
                .param("org", row.organization())
                .param("heldOn", Date.valueOf(row.heldOn()))
                .param("minutes", row.minutes())
                .param("kind", row.kind().name())
                .param("place", row.place())
                .param("note", row.note())
                .param("author", row.author().id())
                .param("authorName", row.author().name())
                .param("authorRole", row.author().role().name())
                .param("now", Timestamp.from(row.createdAt()))
                .update();
    }

    void change(UUID id, SessionRequest request, UUID by, Instant now) {
        jdbc.sql("update members.support_session set held_on = :heldOn, minutes = :minutes, kind = :kind,"
                        + " place = :place, note = :note, changed_at = :now, changed_by = :by, version = version + 1"
                        + " where id = :id")
                .param("heldOn", Date.valueOf(request.heldOn()))
                .param("minutes", request.minutes())
                .param("kind", request.kind().name())
                .param("place", blankToNull(request.place()))
                .param("note", request.note().strip())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("id", id)
                .update();
    }

    /** Keeps how many sessions of which kind and length, by month, with nothing that points at the member. */
    void tallyAndDelete(MembershipId membership) {
        jdbc.sql("insert into members.support_session_tally (organization_id, held_in, kind, minutes)"
                        + " select organization_id, date_trunc('month', held_on)::date, kind, minutes"
                        + " from members.support_session where membership_id = :m")
                .param("m", membership.value())
                .update();
        for (String table : List.of("session_response", "session_correction", "support_session")) {
            jdbc.sql("delete from members." + table + " where membership_id = :m")
                    .param("m", membership.value())
                    .update();
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static Writer writer(ResultSet rs, String prefix) throws SQLException {
        return new Writer(
                rs.getObject(prefix + "_id", UUID.class),
                rs.getString(prefix + "_name"),
                Role.valueOf(rs.getString(prefix + "_role")));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp changed = rs.getTimestamp("changed_at");
        return new Row(
                rs.getObject("id", UUID.class),
                new MembershipId(rs.getObject("membership_id", UUID.class)),
                rs.getObject("organization_id", UUID.class),
                rs.getDate("held_on").toLocalDate(),
                rs.getInt("minutes"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getString("place"),
                rs.getString("note"),
                writer(rs, "author"),
                rs.getTimestamp("created_at").toInstant(),
                changed == null ? null : changed.toInstant());
    }
}
