package org.ourown.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.PersonalDataAccessed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries. It runs in the transaction of the read or write it records (a failed audit fails the
 * operation), and takes a per-organization lock so that concurrent appends form one unbroken chain.
 */
@Component
class AuditLog {

    static final String MEMBER = "member";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(PersonalDataAccessed event) {
        CurrentUser actor = CurrentUser.current().orElse(null);
        append(new AuditEntry(
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                event.organizationId(),
                actor == null ? null : actor.id().value(),
                actorName(actor),
                actor == null
                        ? ""
                        : actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                event.action().name(),
                event.recordType(),
                event.recordId(),
                event.personId(),
                event.purpose(),
                clientAddress()));
    }

    /**
     * A member's display name is their alias, and this log can never be changed: so a member-only account is written
     * down as the word {@code member}, and an erased member leaves no alias behind here.
     */
    static String actorName(CurrentUser actor) {
        if (actor == null) {
            return "anonymous";
        }
        if (actor.roles().equals(java.util.Set.of(org.ourown.accounts.Role.MEMBER))) {
            return MEMBER;
        }
        return actor.displayName();
    }

    void append(AuditEntry entry) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:chain, 0))")
                .param("chain", chain(entry.organizationId()))
                .query()
                .singleRow();
        String previous = jdbc.sql("select hash from audit.entry where organization_id is not distinct from :org"
                        + " order by seq desc limit 1")
                .param("org", entry.organizationId())
                .query(String.class)
                .optional()
                .orElse(HashChain.GENESIS);
        jdbc.sql("insert into audit.entry (id, occurred_at, organization_id, actor_id, actor_name, actor_roles,"
                        + " action, record_type, record_id, person_id, purpose, client_address, previous_hash, hash)"
                        + " values (:id, :at, :org, :actor, :actorName, :actorRoles, :action, :recordType,"
                        + " :recordId, :person, :purpose, :client, :previous, :hash)")
                .param("id", entry.id())
                .param("at", Timestamp.from(entry.at()))
                .param("org", entry.organizationId())
                .param("actor", entry.actorId())
                .param("actorName", entry.actorName())
                .param("actorRoles", entry.actorRoles())
                .param("action", entry.action())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("person", entry.personId())
                .param("purpose", entry.purpose())
                .param("client", entry.clientAddress())
                .param("previous", previous)
                .param("hash", entry.hash(previous))
                .update();
    }

    static String chain(UUID organizationId) {
        return "audit:" + (organizationId == null ? "network" : organizationId);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    Instant now() {
        return clock.instant();
    }
}
