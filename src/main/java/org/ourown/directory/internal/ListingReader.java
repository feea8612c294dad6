package org.ourown.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ourown.directory.OpenState;
import org.ourown.directory.PeerRunFacts;
import org.ourown.directory.PeerRunStatus;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.ServiceListing;
import org.ourown.directory.ServiceListing.OrganizationSummary;
import org.ourown.directory.internal.hours.OpeningRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads whole listings for their public pages. */
@Repository
class ListingReader {

    private final JdbcClient jdbc;

    ListingReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record OrganizationRow(
            UUID id,
            String name,
            String alternateName,
            String description,
            String email,
            String website,
            PeerRunStatus status,
            PeerRunFacts facts,
            java.time.LocalDate lastVerified,
            UUID tenantId) {}

    Optional<OrganizationRow> organization(UUID id) {
        return jdbc.sql("select * from directory.organization where id = :id")
                .param("id", id)
                .query((rs, n) -> organizationRow(rs))
                .optional();
    }

    static OrganizationRow organizationRow(ResultSet rs) throws SQLException {
        PeerRunFacts facts = new PeerRunFacts(
                (Integer) rs.getObject("board_peer_percent", Integer.class),
                (Boolean) rs.getObject("director_is_peer", Boolean.class),
                (Integer) rs.getObject("staff_peer_percent", Integer.class),
                (Integer) rs.getObject("volunteer_peer_percent", Integer.class),
                rs.getBoolean("attached_to_provider"),
                (Boolean) rs.getObject("respite_peer_governed", Boolean.class));
        var verified = rs.getDate("last_verified");
        return new OrganizationRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("alternate_name"),
                rs.getString("description"),
                rs.getString("email"),
                rs.getString("website"),
                PeerRunStatus.ofCode(rs.getString("peer_status")),
                facts,
                verified == null ? null : verified.toLocalDate(),
                rs.getObject("tenant_id", UUID.class));
    }

    Map<UUID, List<ServiceKind>> kinds(List<UUID> services) {
        Map<UUID, List<ServiceKind>> kinds = new HashMap<>();
        jdbc.sql("select st.service_id, t.code from directory.service_taxonomy st join directory.taxonomy_term t"
                        + " on t.id = st.taxonomy_term_id where st.service_id in (:ids)"
                        + " and t.taxonomy_id = cast(:tax as uuid) order by t.code")
                .param("ids", services)
                .param("tax", SearchSql.OUR_TAXONOMY)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(row -> ServiceKind.ofCode(row.getValue())
                        .ifPresent(kind -> kinds.computeIfAbsent(row.getKey(), k -> new java.util.ArrayList<>())
                                .add(kind)));
        return kinds;
    }

    Optional<ServiceListing> service(UUID id, OpenState open) {
        return jdbc.sql("select s.*, o.id as org_id from directory.service s join directory.organization o"
                        + " on o.id = s.organization_id where s.id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    OrganizationRow org =
                            organization(rs.getObject("org_id", UUID.class)).orElseThrow();
                    var verified = rs.getDate("last_verified");
                    return new ServiceListing(
                            id,
                            rs.getString("name"),
                            rs.getString("alternate_name"),
                            rs.getString("description"),
                            rs.getString("status"),
                            rs.getString("url"),
                            rs.getString("email"),
                            new OrganizationSummary(org.id(), org.name(), org.status(), org.facts()),
                            kinds(List.of(id)).getOrDefault(id, List.of()),
                            phones(id),
                            places(id),
                            hours(id),
                            closures(id),
                            languages(id),
                            capacity(id),
                            open,
                            rs.getString("application_process"),
                            rs.getString("fees_description"),
                            rs.getString("eligibility_description"),
                            rs.getString("timezone"),
                            verified == null ? null : verified.toLocalDate(),
                            rs.getTimestamp("last_modified").toInstant());
                })
                .optional();
    }

    private List<ServiceListing.Phone> phones(UUID service) {
        return jdbc.sql("select number, extension, type, description, languages from directory.phone"
                        + " where service_id = :id order by type, number")
                .param("id", service)
                .query((rs, n) -> new ServiceListing.Phone(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Arrays.stream(rs.getString(5).split(","))
                                .filter(s -> !s.isBlank())
                                .toList()))
                .list();
    }

    private List<ServiceListing.Place> places(UUID service) {
        return jdbc.sql("select l.id, l.name, l.location_type, l.url, a.address_1, a.address_2, a.city,"
                        + " a.state_province, a.postal_code, l.latitude, l.longitude, (select string_agg(ac.feature, ','"
                        + " order by ac.feature) from directory.accessibility ac where ac.location_id = l.id) as features"
                        + " from directory.service_at_location x join directory.location l on l.id = x.location_id"
                        + " left join directory.address a on a.location_id = l.id where x.service_id = :id"
                        + " order by l.location_type, l.name")
                .param("id", service)
                .query((rs, n) -> new ServiceListing.Place(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        (Double) rs.getObject(10, Double.class),
                        (Double) rs.getObject(11, Double.class),
                        rs.getString(12) == null
                                ? List.of()
                                : List.of(rs.getString(12).split(","))))
                .list();
    }

    private List<ServiceListing.Hours> hours(UUID service) {
        return jdbc
                .sql("select id, freq, byday, opens_at, closes_at, valid_from, valid_to, description"
                        + " from directory.schedule where service_id = :id order by freq desc, opens_at")
                .param("id", service)
                .query(ScheduleRow.class)
                .list()
                .stream()
                .map(row -> {
                    OpeningRule rule = row.rule();
                    return new ServiceListing.Hours(
                            row.id(), rule.days(), rule.weekOfMonth(), rule.opensAt(), rule.closesAt());
                })
                .toList();
    }

    private List<ServiceListing.Closed> closures(UUID service) {
        return jdbc.sql("select from_date, to_date, reason from directory.closure where service_id = :id"
                        + " and to_date >= current_date order by from_date")
                .param("id", service)
                .query((rs, n) -> new ServiceListing.Closed(
                        rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
    }

    private List<String> languages(UUID service) {
        return jdbc.sql("select distinct code from (select code from directory.language where service_id = :id"
                        + " union select unnest(string_to_array(languages, ',')) from directory.phone"
                        + " where service_id = :id) c where code <> '' order by code")
                .param("id", service)
                .query(String.class)
                .list();
    }

    private ServiceListing.Capacity capacity(UUID service) {
        return jdbc.sql(
                        "select c.available, c.maximum, u.name, c.updated from directory.service_capacity c"
                                + " join directory.unit u on u.id = c.unit_id where c.service_id = :id order by c.updated desc limit 1")
                .param("id", service)
                .query((rs, n) -> new ServiceListing.Capacity(
                        rs.getInt(1),
                        (Integer) rs.getObject(2, Integer.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional()
                .orElse(null);
    }
}
