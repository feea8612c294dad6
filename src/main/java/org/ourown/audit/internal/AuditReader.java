package org.ourown.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.audit.AuditEntryView;
import org.ourown.audit.AuditTrail;
import org.ourown.audit.ChainCheck;
import org.ourown.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AuditReader implements AuditTrail {

    private static final String SCOPE = " where organization_id is not distinct from :org";
    private final JdbcClient jdbc;

    AuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public Paging<AuditEntryView> entries(int page, int size) {
        Paging.check(page, size);
        UUID org = scope();
        long total = jdbc.sql("select count(*) from audit.entry" + SCOPE)
                .param("org", org)
                .query(Long.class)
                .single();
        List<AuditEntryView> items = jdbc.sql(
                        "select * from audit.entry" + SCOPE + " order by seq desc limit :size offset :offset")
                .param("org", org)
                .param("size", size)
                .param("offset", Paging.offset(page, size))
                .query((rs, n) -> view(rs))
                .list();
        return new Paging<>(items, page, size, total);
    }

    @Override
    public Paging<AuditEntryView> aboutPerson(UUID personId, UUID excludingActor, int page, int size) {
        Paging.check(page, size);
        CurrentUser me = CurrentUser.require();
        UUID org = me.organization() == null ? null : me.organization().value();
        if (org == null || personId == null) {
            return new Paging<>(List.of(), page, size, 0);
        }
        String where = " where organization_id = :org and person_id = :person and actor_id is not null"
                + " and actor_id is distinct from cast(:excluding as uuid)";
        long total = jdbc.sql("select count(*) from audit.entry" + where)
                .param("org", org)
                .param("person", personId)
                .param("excluding", excludingActor)
                .query(Long.class)
                .single();
        List<AuditEntryView> items = jdbc.sql(
                        "select * from audit.entry" + where + " order by seq desc limit :size offset :offset")
                .param("org", org)
                .param("person", personId)
                .param("excluding", excludingActor)
                .param("size", size)
                .param("offset", Paging.offset(page, size))
                .query((rs, n) -> view(rs))
                .list();
        return new Paging<>(items, page, size, total);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public ChainCheck verify() {
        ChainVerifier verifier = new ChainVerifier();
        jdbc.sql("select * from audit.entry" + SCOPE + " order by seq")
                .param("org", scope())
                .query(rs -> {
                    verifier.accept(rs.getLong("seq"), entry(rs), rs.getString("previous_hash"), rs.getString("hash"));
                });
        return verifier.result();
    }

    /** An organization's admin reads their own chain; a network admin the deployment's own entries. */
    private static UUID scope() {
        CurrentUser me = CurrentUser.require();
        if (me.organization() != null) {
            return me.organization().value();
        }
        return null;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("actor_roles"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("person_id", UUID.class),
                rs.getString("purpose"),
                rs.getString("client_address"));
    }

    private static AuditEntryView view(ResultSet rs) throws SQLException {
        AuditEntry e = entry(rs);
        return new AuditEntryView(
                rs.getLong("seq"),
                e.at(),
                e.actorId(),
                e.actorName(),
                e.actorRoles(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.personId(),
                e.purpose(),
                e.clientAddress());
    }
}
