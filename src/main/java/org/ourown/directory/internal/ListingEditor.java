package org.ourown.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.PeerRunFacts;
import org.ourown.directory.ServiceChange;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.ServiceListing;
import org.ourown.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'NETWORK_ADMIN')")
class ListingEditor implements DirectoryEditing {

    private static final String EDITABLE = "select s.id, s.name, o.id, o.name, s.last_verified from directory.service s"
            + " join directory.organization o on o.id = s.organization_id"
            + " where (cast(:tenant as uuid) is null or o.tenant_id = cast(:tenant as uuid))";

    private final JdbcClient jdbc;
    private final ListingRows rows;
    private final HsdsImport importer;
    private final PublicDirectory directory;
    private final Openings openings;
    private final Clock clock;

    ListingEditor(
            JdbcClient jdbc,
            ListingRows rows,
            HsdsImport importer,
            PublicDirectory directory,
            Openings openings,
            Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.importer = importer;
        this.directory = directory;
        this.openings = openings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EditableListing> mine() {
        return editable(EDITABLE + " order by s.last_verified nulls first, s.name");
    }

    @Override
    @Transactional(readOnly = true)
    public List<EditableListing> stale() {
        return editable(EDITABLE + " and (s.last_verified is null or s.last_verified <= :cutoff)"
                + " order by s.last_verified nulls first, s.name");
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceListing service(UUID id) {
        checkService(id);
        return directory.service(id).orElseThrow(() -> new NotFound("service"));
    }

    @Override
    public void update(UUID service, ServiceChange change) {
        checkService(service);
        jdbc.sql("update directory.service set name = :name, description = coalesce(:description, ''), url = :url,"
                        + " email = :email, status = :status, last_modified = now() where id = :id")
                .param("name", change.name().strip())
                .param("description", blankToNull(change.description()))
                .param("url", blankToNull(change.url()))
                .param("email", blankToNull(change.email()))
                .param("status", change.status() == null ? "active" : change.status())
                .param("id", service)
                .update();
        jdbc.sql(
                        "delete from directory.service_taxonomy st using directory.taxonomy_term t"
                                + " where t.id = st.taxonomy_term_id and st.service_id = :id and t.taxonomy_id = cast(:tax as uuid)")
                .param("id", service)
                .param("tax", SearchSql.OUR_TAXONOMY)
                .update();
        for (ServiceKind kind : change.kinds() == null ? Set.<ServiceKind>of() : change.kinds()) {
            jdbc.sql(
                            "insert into directory.service_taxonomy (service_id, taxonomy_term_id) select :id, t.id"
                                    + " from directory.taxonomy_term t where t.code = :code and t.taxonomy_id = cast(:tax as uuid)")
                    .param("id", service)
                    .param("code", kind.code())
                    .param("tax", SearchSql.OUR_TAXONOMY)
                    .update();
        }
        rows.refreshSearchDocuments(List.of(service));
    }

    @Override
    public void verify(UUID service) {
        checkService(service);
        jdbc.sql("update directory.service set last_verified = :today where id = :id")
                .param("today", today())
                .param("id", service)
                .update();
    }

    @Override
    public void addClosure(UUID service, LocalDate from, LocalDate to, String reason) {
        checkService(service);
        if (from == null || to == null || to.isBefore(from)) {
            throw new org.ourown.shared.Rejected("to", "directory.closure.order");
        }
        jdbc.sql("insert into directory.closure (id, service_id, from_date, to_date, reason)"
                        + " values (:id, :service, :from, :to, :reason)")
                .param("id", UUID.randomUUID())
                .param("service", service)
                .param("from", from)
                .param("to", to)
                .param("reason", blankToNull(reason))
                .update();
        openings.refresh(service);
    }

    @Override
    public void addHours(UUID service, org.ourown.directory.HoursChange hours) {
        checkService(service);
        if (hours.days() == null || hours.days().isEmpty()) {
            throw new org.ourown.shared.Rejected("days", "directory.hours.days");
        }
        if (!hours.allDay() && (hours.opens() == null || hours.closes() == null)) {
            throw new org.ourown.shared.Rejected("opens", "directory.hours.times");
        }
        org.ourown.directory.internal.hours.OpeningRule rule;
        try {
            rule = new org.ourown.directory.internal.hours.OpeningRule(
                    hours.weekOfMonth() == null
                            ? org.ourown.directory.internal.hours.Frequency.WEEKLY
                            : org.ourown.directory.internal.hours.Frequency.MONTHLY,
                    hours.days(),
                    hours.weekOfMonth(),
                    hours.allDay() ? null : hours.opens(),
                    hours.allDay() ? null : hours.closes(),
                    hours.allDay(),
                    null,
                    null);
        } catch (IllegalArgumentException e) {
            throw new org.ourown.shared.Rejected("days", "directory.hours.invalid");
        }
        rows.insertSchedules(
                service,
                List.of(new ScheduleRow(
                        UUID.randomUUID(),
                        org.ourown.directory.internal.hours.HsdsSchedules.freq(rule),
                        org.ourown.directory.internal.hours.HsdsSchedules.byday(rule),
                        rule.opensAt(),
                        rule.closesAt(),
                        null,
                        null,
                        null)));
        touched(service);
    }

    @Override
    public void removeHours(UUID service, UUID hoursId) {
        checkService(service);
        int removed = jdbc.sql("delete from directory.schedule where id = :id and service_id = :service")
                .param("id", hoursId)
                .param("service", service)
                .update();
        if (removed == 0) {
            throw new NotFound("hours");
        }
        touched(service);
    }

    /** Hours changed: the listing is modified now, and its coming openings are recomputed. */
    private void touched(UUID service) {
        jdbc.sql("update directory.service set last_modified = now() where id = :id")
                .param("id", service)
                .update();
        openings.refresh(service);
    }

    @Override
    public void declarePeerFacts(UUID organization, PeerRunFacts facts) {
        UUID tenant = tenantOf(organization);
        CurrentUser me = CurrentUser.require();
        if (!me.isNetworkAdmin()
                && (tenant == null || !tenant.equals(me.organization().value()))) {
            throw new NotFound("organization");
        }
        jdbc.sql("update directory.organization set board_peer_percent = :board, director_is_peer = :director,"
                        + " staff_peer_percent = :staff, volunteer_peer_percent = :volunteers,"
                        + " attached_to_provider = :attached, respite_peer_governed = :respite,"
                        + " peer_status = :status, last_modified = now(),"
                        + " last_verified = :today where id = :id")
                .param("board", facts.boardPeerPercent())
                .param("director", facts.directorIsPeer())
                .param("staff", facts.staffPeerPercent())
                .param("volunteers", facts.volunteerPeerPercent())
                .param("attached", facts.attachedToProvider())
                .param("respite", facts.respiteGovernedByPeers())
                .param("status", facts.status().code())
                .param("today", today())
                .param("id", organization)
                .update();
    }

    @Override
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public Set<UUID> importDocuments(String file, List<Map<String, Object>> documents, UUID maintainer) {
        return importer.importDocuments(file, documents, maintainer);
    }

    @Override
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public Set<UUID> importDatapackage(byte[] zip, UUID maintainer) {
        var tables = new org.ourown.directory.internal.tabular.DatapackageReader(zip);
        if (!tables.problems().isEmpty()) {
            throw new org.ourown.directory.ImportRejected(tables.problems());
        }
        return importer.importDocuments(
                "datapackage",
                new org.ourown.directory.internal.tabular.DatapackageDocuments(tables).documents(),
                maintainer);
    }

    private void checkService(UUID service) {
        UUID tenant = jdbc.sql("select o.tenant_id from directory.service s join directory.organization o"
                        + " on o.id = s.organization_id where s.id = :id")
                .param("id", service)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFound("service"))
                .orElse(null);
        CurrentUser me = CurrentUser.require();
        if (!me.isNetworkAdmin()
                && (tenant == null || !tenant.equals(me.organization().value()))) {
            throw new NotFound("service");
        }
    }

    private UUID tenantOf(UUID organization) {
        return jdbc.sql("select tenant_id from directory.organization where id = :id")
                .param("id", organization)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFound("organization"))
                .orElse(null);
    }

    private List<EditableListing> editable(String sql) {
        CurrentUser me = CurrentUser.require();
        return jdbc.sql(sql)
                .param("tenant", me.isNetworkAdmin() ? null : me.organization().value())
                .param("cutoff", today().minusMonths(6))
                .query((rs, n) -> new EditableListing(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()))
                .list();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
