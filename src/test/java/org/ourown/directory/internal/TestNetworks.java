package org.ourown.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.accounts.SystemTask;
import org.ourown.directory.DirectoryEditing;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own organization and listings, imported as an HSDS document the way a network admin imports one, and
 * removed with everything it has when the test is done.
 */
final class TestNetworks {

    private TestNetworks() {}

    /** A physical location, as HSDS JSON. */
    static Map<String, Object> place(UUID id, String name, double latitude, double longitude) {
        return Map.of(
                "id",
                id.toString(),
                "location_type",
                "physical",
                "name",
                name,
                "latitude",
                latitude,
                "longitude",
                longitude);
    }

    /** An active service at one location, as HSDS JSON. */
    static Map<String, Object> service(UUID id, String name, String description, Map<String, Object> location) {
        return Map.of(
                "id",
                id.toString(),
                "name",
                name,
                "description",
                description,
                "status",
                "active",
                "service_at_locations",
                List.of(Map.of("id", UUID.randomUUID().toString(), "location", location)));
    }

    /** Imports the organization with these services. */
    static void add(DirectoryEditing editing, UUID organization, String name, List<Map<String, Object>> services) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", organization.toString());
        document.put("name", name);
        document.put("description", "A test organization.");
        document.put("services", services);
        SystemTask.run(() -> editing.importDocuments("test.json", List.of(document), null));
    }

    /** Deletes the organization's services, locations and itself (their rows go with them). */
    static void remove(JdbcClient jdbc, UUID organization) {
        for (String table : List.of("service", "location")) {
            jdbc.sql("delete from directory." + table + " where organization_id = :id")
                    .param("id", organization)
                    .update();
        }
        jdbc.sql("delete from directory.organization where id = :id")
                .param("id", organization)
                .update();
    }
}
