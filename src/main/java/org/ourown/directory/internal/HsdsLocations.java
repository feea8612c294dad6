package org.ourown.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Many HSDS locations at once, each with its addresses, accessibility, languages and phones: five queries in all. */
@Component
class HsdsLocations {

    private final JdbcClient jdbc;

    HsdsLocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Map<String, Object>> load(Collection<UUID> ids) {
        Map<UUID, Map<String, Object>> locations = new HashMap<>();
        if (ids.isEmpty()) {
            return locations;
        }
        Map<String, Object> params = Map.of("ids", ids);
        for (Map<String, Object> location :
                HsdsRows.list(jdbc, "select * from directory.location where id in (:ids)", params, Set.of())) {
            location.put("addresses", new ArrayList<>());
            location.put("accessibility", new ArrayList<>());
            location.put("languages", new ArrayList<>());
            location.put("phones", new ArrayList<>());
            locations.put(UUID.fromString((String) location.get("id")), location);
        }
        attach(
                locations,
                "addresses",
                "select * from directory.address where location_id in (:ids) order by id",
                params);
        attach(
                locations,
                "accessibility",
                "select id, location_id, description, details from directory.accessibility"
                        + " where location_id in (:ids) order by id",
                params);
        attach(
                locations,
                "languages",
                "select id, service_id, location_id, name, code from directory.language"
                        + " where location_id in (:ids) order by code",
                params);
        List<Map<String, Object>> phones = HsdsRows.list(
                jdbc,
                "select id, organization_id, service_id, location_id,"
                        + " number, extension, type, description, languages from directory.phone where location_id in (:ids)"
                        + " order by number",
                params,
                Set.of());
        phones.forEach(HsdsRows::phone);
        add(locations, "phones", phones);
        return locations;
    }

    private void attach(Map<UUID, Map<String, Object>> locations, String key, String sql, Map<String, Object> params) {
        add(locations, key, HsdsRows.list(jdbc, sql, params, Set.of()));
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<UUID, Map<String, Object>> locations, String key, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Map<String, Object> location = locations.get(UUID.fromString((String) row.get("location_id")));
            if (location != null) {
                ((List<Map<String, Object>>) location.get(key)).add(row);
            }
        }
    }
}
