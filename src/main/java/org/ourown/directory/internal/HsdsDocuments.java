package org.ourown.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds HSDS 3.1 objects from the directory tables: fully nested for details, flat for lists. */
@Component
@Transactional(readOnly = true)
public class HsdsDocuments {

    static final Set<String> SERVICE_OWN =
            Set.of("document", "name_key", "timezone", "respite_peer_governed", "last_verified", "tenant_id");
    static final Set<String> ORGANIZATION_OWN = Set.of(
            "tenant_id",
            "board_peer_percent",
            "director_is_peer",
            "staff_peer_percent",
            "volunteer_peer_percent",
            "attached_to_provider",
            "peer_status",
            "last_modified",
            "last_verified");

    private final JdbcClient jdbc;

    private final HsdsLocations locations;

    HsdsDocuments(JdbcClient jdbc, HsdsLocations locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    public Optional<Map<String, Object>> service(UUID id) {
        List<Map<String, Object>> found =
                HsdsRows.list(jdbc, "select * from directory.service where id = :id", Map.of("id", id), SERVICE_OWN);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> service = found.get(0);
        UUID organization = UUID.fromString((String) service.get("organization_id"));
        service.put("organization", organization(organization, false).orElseThrow());
        service.put("phones", phones("service_id", id));
        service.put("schedules", schedules(id));
        service.put(
                "service_areas",
                HsdsRows.list(
                        jdbc,
                        "select id, service_id, name, description"
                                + " from directory.service_area where service_id = :id",
                        Map.of("id", id),
                        Set.of()));
        service.put("languages", languages("service_id", id));
        service.put("capacities", capacities(id));
        service.put("attributes", attributes(id));
        List<Map<String, Object>> at = HsdsRows.list(
                jdbc,
                "select id, service_id, location_id, description"
                        + " from directory.service_at_location where service_id = :id order by id",
                Map.of("id", id),
                Set.of());
        Map<UUID, Map<String, Object>> places = locations.load(at.stream()
                .map(sal -> UUID.fromString((String) sal.get("location_id")))
                .toList());
        for (Map<String, Object> sal : at) {
            sal.put("location", places.get(UUID.fromString((String) sal.get("location_id"))));
        }
        service.put("service_at_locations", at);
        return Optional.of(service);
    }

    public Optional<Map<String, Object>> organization(UUID id, boolean withServices) {
        List<Map<String, Object>> found = HsdsRows.list(
                jdbc, "select * from directory.organization where id = :id", Map.of("id", id), ORGANIZATION_OWN);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> organization = found.get(0);
        organization.putIfAbsent("description", "");
        organization.put("attributes", List.of(peerStatusAttribute(id)));
        if (withServices) {
            organization.put("phones", phones("organization_id", id));
            organization.put(
                    "services",
                    HsdsRows.list(
                            jdbc,
                            "select * from directory.service where organization_id" + " = :id order by name",
                            Map.of("id", id),
                            SERVICE_OWN));
            List<UUID> ids = jdbc.sql("select id from directory.location where organization_id = :id order by id")
                    .param("id", id)
                    .query(UUID.class)
                    .list();
            Map<UUID, Map<String, Object>> places = locations.load(ids);
            organization.put("locations", ids.stream().map(places::get).toList());
        }
        return Optional.of(organization);
    }

    private List<Map<String, Object>> phones(String owner, UUID id) {
        List<Map<String, Object>> phones = HsdsRows.list(
                jdbc,
                "select id, organization_id, service_id, location_id,"
                        + " number, extension, type, description, languages from directory.phone where " + owner
                        + " = :id"
                        + " order by number",
                Map.of("id", id),
                Set.of());
        phones.forEach(HsdsRows::phone);
        return phones;
    }

    private List<Map<String, Object>> schedules(UUID id) {
        List<Map<String, Object>> schedules = HsdsRows.list(
                jdbc,
                "select s.id, s.service_id, s.freq, s.byday,"
                        + " s.opens_at, s.closes_at, s.valid_from, s.valid_to, s.description from directory.schedule s"
                        + " where s.service_id = :id order by s.byday",
                Map.of("id", id),
                Set.of());
        schedules.forEach(schedule ->
                schedule.computeIfPresent("opens_at", (k, v) -> v.toString().substring(0, 5)));
        schedules.forEach(schedule ->
                schedule.computeIfPresent("closes_at", (k, v) -> v.toString().substring(0, 5)));
        return schedules;
    }

    private List<Map<String, Object>> languages(String owner, UUID id) {
        return HsdsRows.list(
                jdbc,
                "select id, service_id, location_id, name, code from directory.language where " + owner
                        + " = :id order by code",
                Map.of("id", id),
                Set.of());
    }

    private List<Map<String, Object>> capacities(UUID id) {
        List<Map<String, Object>> capacities = HsdsRows.list(
                jdbc,
                "select c.id, c.service_id, c.unit_id, c.available,"
                        + " c.maximum, c.description, c.updated from directory.service_capacity c where c.service_id = :id",
                Map.of("id", id),
                Set.of());
        for (Map<String, Object> capacity : capacities) {
            capacity.put(
                    "unit",
                    HsdsRows.list(
                                    jdbc,
                                    "select id, name, scheme, identifier, uri from directory.unit"
                                            + " where id = cast(:id as uuid)",
                                    Map.of("id", capacity.get("unit_id")),
                                    Set.of())
                            .get(0));
        }
        return capacities;
    }

    private List<Map<String, Object>> attributes(UUID service) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (Map<String, Object> term : HsdsRows.list(
                jdbc,
                "select t.* from directory.service_taxonomy st join"
                        + " directory.taxonomy_term t on t.id = st.taxonomy_term_id where st.service_id = :id order by t.code",
                Map.of("id", service),
                Set.of())) {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put(
                    "id",
                    UUID.nameUUIDFromBytes((service + "/" + term.get("id")).getBytes())
                            .toString());
            attribute.put("link_id", service.toString());
            attribute.put("link_type", "service");
            attribute.put("link_entity", "service");
            attribute.put("taxonomy_term_id", term.get("id"));
            attribute.put("taxonomy_term", term);
            attributes.add(attribute);
        }
        return attributes;
    }

    /** Peer-run status travels as an attribute: its value is one of our status codes. */
    private Map<String, Object> peerStatusAttribute(UUID organization) {
        String status = jdbc.sql("select peer_status from directory.organization where id = :id")
                .param("id", organization)
                .query(String.class)
                .single();
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put(
                "id",
                UUID.nameUUIDFromBytes(("peer-status/" + organization).getBytes())
                        .toString());
        attribute.put("link_id", organization.toString());
        attribute.put("link_type", "organization");
        attribute.put("link_entity", "organization");
        attribute.put("label", "peer_run_status");
        attribute.put("value", status);
        return attribute;
    }
}
