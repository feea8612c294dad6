package org.ourown.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ourown.directory.Directory;
import org.ourown.directory.OpenState;
import org.ourown.directory.OrganizationListing;
import org.ourown.directory.PeerRunStatus;
import org.ourown.directory.SearchHit;
import org.ourown.directory.SearchQuery;
import org.ourown.directory.ServiceKind;
import org.ourown.directory.ServiceListing;
import org.ourown.directory.internal.hours.OpeningHours;
import org.ourown.directory.internal.hours.Status;
import org.ourown.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public directory: no sign-in, and nothing in it is personal data. */
@Service
@Transactional(readOnly = true)
class PublicDirectory implements Directory {

    private static final double METERS_PER_MILE = 1609.344;

    private final JdbcClient jdbc;
    private final Openings openings;
    private final ListingReader reader;
    private final Clock clock;

    PublicDirectory(JdbcClient jdbc, Openings openings, ListingReader reader, Clock clock) {
        this.jdbc = jdbc;
        this.openings = openings;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public Paging<SearchHit> search(SearchQuery query) {
        // the page's services, with what the search row does not carry: description, organization, city
        SearchPages.Found<Row> found = SearchPages.find(
                jdbc,
                new SearchSql(query),
                page -> "select p.*, s.description, s.organization_id, o.name as organization_name,"
                        + " a.city, a.state from (select q.*, row_number() over () as ordinal from (" + page
                        + ") q) p"
                        + " join directory.service s on s.id = p.id"
                        + " join directory.organization o on o.id = s.organization_id"
                        + " left join lateral (select a.city, a.state_province as state from directory.address a"
                        + " where a.location_id = p.location_id and p.physical order by a.id limit 1) a on true"
                        + " order by p.ordinal",
                (rs, n) -> {
                    Double meters = rs.getObject("meters", Double.class);
                    return new Row(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getObject("organization_id", UUID.class),
                            rs.getString("organization_name"),
                            PeerRunStatus.ofCode(rs.getString("peer_status")),
                            rs.getString("city"),
                            rs.getString("state"),
                            meters == null ? null : meters / METERS_PER_MILE,
                            rs.getBoolean("in_person"),
                            rs.getBoolean("online"));
                },
                query.page(),
                query.size());
        List<Row> rows = found.rows();
        return new Paging<>(hits(rows), query.page(), query.size(), found.total());
    }

    @Override
    public Optional<ServiceListing> service(UUID id) {
        return reader.service(id, openState(id, clock.instant()));
    }

    @Override
    public Optional<OrganizationListing> organization(UUID id) {
        return reader.organization(id).map(org -> {
            List<Row> rows = jdbc.sql("select s.id, s.name, s.description from directory.service s"
                            + " where s.organization_id = :id and s.status <> 'defunct' order by s.name")
                    .param("id", id)
                    .query((rs, n) -> new Row(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            id,
                            org.name(),
                            org.status(),
                            null,
                            null,
                            null,
                            false,
                            false))
                    .list();
            return new OrganizationListing(
                    org.id(),
                    org.name(),
                    org.alternateName(),
                    org.description(),
                    org.email(),
                    org.website(),
                    org.status(),
                    org.facts(),
                    hits(rows),
                    org.lastVerified());
        });
    }

    OpenState openState(UUID service, Instant at) {
        return openState(openings.hours(service).orElse(null), at);
    }

    static OpenState openState(OpeningHours hours, Instant at) {
        if (hours == null) {
            return OpenState.NO_HOURS;
        }
        Status status = hours.statusAt(at);
        return new OpenState(true, status.open(), status.alwaysOpen(), status.closes(), status.nextOpens());
    }

    private List<SearchHit> hits(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<ServiceKind>> kinds = reader.kinds(ids);
        Map<UUID, OpeningHours> hours = openings.hours(ids);
        Instant now = clock.instant();
        List<SearchHit> hits = new ArrayList<>();
        for (Row r : rows) {
            hits.add(new SearchHit(
                    r.id,
                    r.name,
                    r.description,
                    r.organizationId,
                    r.organizationName,
                    r.peerStatus,
                    kinds.getOrDefault(r.id, List.of()),
                    r.city,
                    r.state,
                    r.miles,
                    r.inPerson,
                    r.online,
                    openState(hours.get(r.id), now)));
        }
        return hits;
    }

    private record Row(
            UUID id,
            String name,
            String description,
            UUID organizationId,
            String organizationName,
            PeerRunStatus peerStatus,
            String city,
            String state,
            Double miles,
            boolean inPerson,
            boolean online) {}

    @Override
    public java.util.List<OrganizationName> organizationNames() {
        return jdbc.sql("select id, name from directory.organization order by lower(name), id")
                .query((rs, n) -> new OrganizationName(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }
}
