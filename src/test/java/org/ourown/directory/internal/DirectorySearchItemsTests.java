package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.accounts.SystemTask;
import org.ourown.directory.DirectoryEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS search writes each result from {@code directory.search_item}, JSON the database keeps (V6). Each item must
 * be the very object the app builds from the tables (HsdsLocations, HsdsRows), and stay so when what only the item
 * shows changes: an address, a phone or language of a location, a phone moved between locations.
 */
@SpringBootTest
class DirectorySearchItemsTests {

    /** The service columns HSDS publishes (all but HsdsDocuments.SERVICE_OWN), as HsdsLists read them before V6. */
    private static final String SERVICE_COLUMNS = "id, organization_id, program_id, name, alternate_name, description,"
            + " url, email, status, interpretation_services, application_process, fees_description,"
            + " eligibility_description, minimum_age, maximum_age, last_modified";

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HsdsLocations locations;

    @Autowired
    DirectoryEditing editing;

    /** The list item as HsdsLists built it before V6, read back from text so that numbers compare by value. */
    private JsonNode built(UUID id) {
        Map<String, Object> row = jdbc.sql(
                        "select id, service_id, location_id from directory.service_at_location" + " where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        UUID location = (UUID) row.get("location_id");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id.toString());
        item.put("service_id", row.get("service_id").toString());
        item.put("location_id", location.toString());
        item.put("location", locations.load(List.of(location)).get(location));
        item.put(
                "service",
                HsdsRows.list(
                                jdbc,
                                "select " + SERVICE_COLUMNS + " from directory.service where id = :id",
                                Map.of("id", row.get("service_id")),
                                HsdsDocuments.SERVICE_OWN)
                        .get(0));
        return json.readTree(json.writeValueAsString(item));
    }

    private JsonNode kept(UUID id) {
        return json.readTree(jdbc.sql("select item from directory.search_item where id = :id")
                .param("id", id)
                .query(String.class)
                .single());
    }

    @Test
    void everyItemIsTheObjectTheAppBuildsFromTheTables() {
        List<UUID> ids = jdbc.sql("select id from directory.search_row where at_location order by id")
                .query(UUID.class)
                .list();
        assertThat(ids).hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from directory.search_item")
                        .query(Long.class)
                        .single())
                .isEqualTo(ids.size());
        for (UUID id : ids) {
            assertThat(kept(id)).as("item %s", id).isEqualTo(built(id));
        }
    }

    @Test
    void whatOnlyTheItemShowsIsKeptInStep() {
        Map<String, Object> at = jdbc.sql("select x.id, x.location_id from directory.service_at_location x"
                        + " join directory.location l on l.id = x.location_id where l.location_type = 'physical'"
                        + " order by x.id limit 1")
                .query()
                .singleRow();
        UUID item = (UUID) at.get("id");
        UUID location = (UUID) at.get("location_id");
        UUID other = jdbc.sql("select location_id from directory.service_at_location where location_id <> :location"
                        + " order by id limit 1")
                .param("location", location)
                .query(UUID.class)
                .single();
        UUID otherItem = jdbc.sql("select id from directory.service_at_location where location_id = :other limit 1")
                .param("other", other)
                .query(UUID.class)
                .single();
        UUID phone = UUID.randomUUID();
        UUID language = UUID.randomUUID();
        UUID address = UUID.randomUUID();
        try {
            // a phone of the location itself, no service: an extension that is not a number, codes with blanks
            jdbc.sql("insert into directory.phone (id, location_id, number, extension, type, languages)"
                            + " values (:id, :location, '555-0199', 'ext. 4', 'voice', 'en, es,,fr')")
                    .param("id", phone)
                    .param("location", location)
                    .update();
            jdbc.sql("insert into directory.language (id, location_id, name, code) values (:id, :location, 'Hmong',"
                            + " 'hmn')")
                    .param("id", language)
                    .param("location", location)
                    .update();
            jdbc.sql("insert into directory.address (id, location_id, address_1, city, state_province, postal_code,"
                            + " country, address_type) values (:id, :location, '1 Test Lane', 'Quillport', 'NY',"
                            + " '14850', 'US', 'postal')")
                    .param("id", address)
                    .param("location", location)
                    .update();
            JsonNode changed = kept(item);
            assertThat(changed).isEqualTo(built(item));
            assertThat(changed.path("location").path("phones").toString()).contains("555-0199");
            assertThat(changed.path("location").path("languages").toString()).contains("hmn");
            assertThat(changed.path("location").path("addresses").toString()).contains("Quillport");

            jdbc.sql("update directory.phone set location_id = :other, extension = '12' where id = :id")
                    .param("id", phone)
                    .param("other", other)
                    .update();
            assertThat(kept(item)).isEqualTo(built(item));
            assertThat(kept(item).path("location").path("phones").toString()).doesNotContain("555-0199");
            assertThat(kept(otherItem)).isEqualTo(built(otherItem));
            assertThat(kept(otherItem).path("location").path("phones").toString())
                    .contains("555-0199");

            jdbc.sql("update directory.address set city = 'Bramblewick' where id = :id")
                    .param("id", address)
                    .update();
            assertThat(kept(item).path("location").path("addresses").toString())
                    .contains("Bramblewick")
                    .doesNotContain("Quillport");
        } finally {
            jdbc.sql("delete from directory.phone where id = :id")
                    .param("id", phone)
                    .update();
            jdbc.sql("delete from directory.language where id = :id")
                    .param("id", language)
                    .update();
            jdbc.sql("delete from directory.address where id = :id")
                    .param("id", address)
                    .update();
        }
        assertThat(kept(item)).isEqualTo(built(item));
        assertThat(kept(item).path("location").path("addresses").toString()).doesNotContain("Bramblewick");
        assertThat(kept(otherItem)).isEqualTo(built(otherItem));
    }

    @Test
    void aDeletedServiceLeavesNoItems() {
        UUID organization = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        Map<String, Object> location = Map.of(
                "id",
                UUID.randomUUID().toString(),
                "location_type",
                "physical",
                "name",
                "Lantern Hall",
                "latitude",
                44.26,
                "longitude",
                -72.58);
        Map<String, Object> document = Map.of(
                "id",
                organization.toString(),
                "name",
                "Lantern Test Network",
                "description",
                "A test organization.",
                "services",
                List.of(Map.of(
                        "id", service.toString(),
                        "name", "Lantern Circle",
                        "description", "A test listing.",
                        "status", "active",
                        "service_at_locations",
                                List.of(Map.of("id", UUID.randomUUID().toString(), "location", location)))));
        SystemTask.run(() -> editing.importDocuments("lantern.json", List.of(document), null));
        assertThat(items(service)).isEqualTo(1);

        // its rows at locations go with it (on delete cascade), and their triggers take its items
        jdbc.sql("delete from directory.service where id = :id")
                .param("id", service)
                .update();
        assertThat(items(service)).isZero();
        TestNetworks.remove(jdbc, organization);
    }

    private long items(UUID service) {
        return jdbc.sql("select count(*) from directory.search_item where service_id = :id")
                .param("id", service)
                .query(Long.class)
                .single();
    }
}
