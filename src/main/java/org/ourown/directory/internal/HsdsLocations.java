package org.ourown.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many HSDS locations at once, each with its addresses, accessibility, languages and phones: one statement, each row
 * read as JSON without its nulls (as HsdsRows leaves them out), one round trip, not five. The search's list items
 * are built the same way in the database (V6__search_items.sql, {@code directory.location_json}), and
 * DirectorySearchItemsTests holds the two to the same objects.
 */
@Component
class HsdsLocations {

    private static final String PARTS = "select 0 as part, l.id as sort_id, null::text as sort_text,"
            + " json_strip_nulls(row_to_json(l))::text as row from directory.location l where l.id in (:ids)"
            + " union all select 1, a.id, null, json_strip_nulls(row_to_json(a))::text"
            + " from directory.address a where a.location_id in (:ids)"
            + " union all select 2, x.id, null, json_strip_nulls(row_to_json(x))::text from (select id, location_id,"
            + " description, details from directory.accessibility where location_id in (:ids)) x"
            + " union all select 3, null, x.code, json_strip_nulls(row_to_json(x))::text from (select id, service_id,"
            + " location_id, name, code from directory.language where location_id in (:ids)) x"
            + " union all select 4, null, x.number, json_strip_nulls(row_to_json(x))::text from (select id,"
            + " organization_id, service_id, location_id, number, extension, type, description, languages"
            + " from directory.phone where location_id in (:ids)) x"
            + " order by part, sort_id, sort_text";

    private static final String[] KEYS = {null, "addresses", "accessibility", "languages", "phones"};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HsdsLocations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    Map<UUID, Map<String, Object>> load(Collection<UUID> ids) {
        Map<UUID, Map<String, Object>> locations = new HashMap<>();
        if (ids.isEmpty()) {
            return locations;
        }
        jdbc.sql(PARTS).param("ids", ids).query(rs -> {
            int part = rs.getInt(1);
            Map<String, Object> row = json.readValue(rs.getString(4), LinkedHashMap.class);
            if (part == 0) {
                row.put("addresses", new ArrayList<>());
                row.put("accessibility", new ArrayList<>());
                row.put("languages", new ArrayList<>());
                row.put("phones", new ArrayList<>());
                locations.put(UUID.fromString((String) row.get("id")), row);
                return;
            }
            if (part == 4) {
                row.putIfAbsent("languages", "");
                HsdsRows.phone(row);
            }
            Map<String, Object> location = locations.get(UUID.fromString((String) row.get("location_id")));
            if (location != null) {
                ((List<Map<String, Object>>) location.get(KEYS[part])).add(row);
            }
        });
        return locations;
    }
}
