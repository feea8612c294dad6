package org.ourown.directory.internal.tabular;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Re-nests the flat tables of a datapackage into HSDS service and organization documents for the importer. */
public final class DatapackageDocuments {

    private final DatapackageReader tables;

    public DatapackageDocuments(DatapackageReader tables) {
        this.tables = tables;
    }

    public List<Map<String, Object>> documents() {
        Map<String, Map<String, String>> organizations = byId("organization");
        Set<String> withServices = new HashSet<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Map<String, String> row : tables.rows("service")) {
            Map<String, Object> service = new LinkedHashMap<>(row);
            String organization = row.get("organization_id");
            if (organization != null && organizations.containsKey(organization)) {
                service.put("organization", new LinkedHashMap<>(organizations.get(organization)));
                withServices.add(organization);
            }
            String id = row.get("id");
            service.put("phones", phones("service_id", id));
            service.put("schedules", children("schedule", "service_id", id));
            service.put("languages", children("language", "service_id", id));
            service.put("service_areas", children("service_area", "service_id", id));
            service.put("attributes", attributes(id));
            List<Map<String, Object>> at = new ArrayList<>();
            for (Map<String, Object> link : children("service_at_location", "service_id", id)) {
                Map<String, String> location = byId("location").get((String) link.get("location_id"));
                if (location != null) {
                    link.put("location", location(location));
                }
                at.add(link);
            }
            service.put("service_at_locations", at);
            // A datapackage has no capacities table: leaving the key out keeps the beds already recorded.
            documents.add(service);
        }
        organizations.forEach((id, row) -> {
            if (!withServices.contains(id)) {
                Map<String, Object> organization = new LinkedHashMap<>(row);
                organization.put("services", List.of());
                documents.add(organization);
            }
        });
        return documents;
    }

    private Map<String, Object> location(Map<String, String> row) {
        Map<String, Object> location = new LinkedHashMap<>(row);
        String id = row.get("id");
        location.put("addresses", children("address", "location_id", id));
        location.put("accessibility", children("accessibility", "location_id", id));
        location.put("languages", children("language", "location_id", id));
        location.put("phones", phones("location_id", id));
        return location;
    }

    private List<Map<String, Object>> phones(String owner, String id) {
        List<Map<String, Object>> phones = children("phone", owner, id);
        for (Map<String, Object> phone : phones) {
            phone.put("languages", children("language", "phone_id", (String) phone.get("id")));
        }
        return phones;
    }

    private List<Map<String, Object>> attributes(String service) {
        Map<String, Map<String, String>> terms = byId("taxonomy_term");
        Map<String, Map<String, String>> taxonomies = byId("taxonomy");
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (Map<String, Object> attribute : children("attribute", "link_id", service)) {
            Map<String, String> term = terms.get((String) attribute.get("taxonomy_term_id"));
            if (term != null) {
                Map<String, Object> nested = new LinkedHashMap<>(term);
                Map<String, String> taxonomy = taxonomies.get(term.get("taxonomy_id"));
                if (taxonomy != null) {
                    nested.put("taxonomy_detail", taxonomy);
                }
                attribute.put("taxonomy_term", nested);
            }
            attributes.add(attribute);
        }
        return attributes;
    }

    private List<Map<String, Object>> children(String table, String key, String id) {
        List<Map<String, Object>> children = new ArrayList<>();
        for (Map<String, String> row : tables.rows(table)) {
            if (Objects.equals(row.get(key), id)) {
                children.add(new LinkedHashMap<>(row));
            }
        }
        return children;
    }

    private Map<String, Map<String, String>> byId(String table) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        tables.rows(table).forEach(row -> rows.put(row.get("id"), row));
        return rows;
    }
}
