package org.ourown.warmline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Past contacts for figures tests, written straight into the module's tables at the times a test needs. */
@Component
class FigureData {

    private final JdbcClient jdbc;

    FigureData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A chat a peer answered after {@code wait} and that lasted {@code length}. */
    UUID answered(WarmlineFixtures.Line line, Instant queued, Duration wait, Duration length) {
        return chat(line, queued, "ENDED", queued.plus(wait), queued.plus(wait).plus(length));
    }

    /** A chat left in the queue before any peer answered. */
    UUID abandoned(WarmlineFixtures.Line line, Instant queued) {
        return chat(line, queued, "LEFT", null, queued.plusSeconds(120));
    }

    void finalRecord(WarmlineFixtures.Line line, Instant queued, String[] reasons, String diversion) {
        jdbc.sql(
                        "insert into warmline.contact_record (id, organization_id, line_id, peer_id, channel, direction,"
                                + " queued_at, answered_at, ended_at, reasons, diversion, status, created_at, created_by)"
                                + " values (:id, :o, :l, :p, 'CHAT', 'INCOMING', :q, :q, :q, string_to_array(:r, ','), :d, 'FINAL', :q, :p)")
                .param("id", UUID.randomUUID())
                .param("o", line.organization().value())
                .param("l", line.id().value())
                .param("p", UUID.randomUUID())
                .param("q", Timestamp.from(queued))
                .param("r", String.join(",", reasons))
                .param("d", diversion)
                .update();
    }

    /** A phone call a peer logged: answered at once, its record maybe still a draft. */
    void phoneCall(WarmlineFixtures.Line line, Instant answered) {
        jdbc.sql("insert into warmline.contact_record (id, organization_id, line_id, peer_id, channel, direction,"
                        + " answered_at, status, created_at, created_by)"
                        + " values (:id, :o, :l, :p, 'PHONE', 'INCOMING', :a, 'DRAFT', :a, :p)")
                .param("id", UUID.randomUUID())
                .param("o", line.organization().value())
                .param("l", line.id().value())
                .param("p", UUID.randomUUID())
                .param("a", Timestamp.from(answered))
                .update();
    }

    void survey(
            WarmlineFixtures.Line line, LocalDate day, Integer before, Integer after, String heard, String diversion) {
        jdbc.sql("insert into warmline.survey (id, organization_id, line_id, answered_on, feeling_before,"
                        + " feeling_after, felt_heard, diversion) values (:id, :o, :l, :d, :b, :a, :h, :v)")
                .param("id", UUID.randomUUID())
                .param("o", line.organization().value())
                .param("l", line.id().value())
                .param("d", day)
                .param("b", before)
                .param("a", after)
                .param("h", heard)
                .param("v", diversion)
                .update();
    }

    private UUID chat(WarmlineFixtures.Line line, Instant queued, String status, Instant answered, Instant ended) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into warmline.chat (id, line_id, organization_id, secret_hash, visitor_hash,"
                        + " counts_as_contact, status, queued_at, visitor_seen_at, answered_at, ended_at)"
                        + " values (:id, :l, :o, 'x', :v, true, :s, :q, :q, :a, :e)")
                .param("id", id)
                .param("l", line.id().value())
                .param("o", line.organization().value())
                .param("v", UUID.randomUUID().toString())
                .param("s", status)
                .param("q", Timestamp.from(queued))
                .param("a", answered == null ? null : Timestamp.from(answered))
                .param("e", ended == null ? null : Timestamp.from(ended))
                .update();
        return id;
    }
}
