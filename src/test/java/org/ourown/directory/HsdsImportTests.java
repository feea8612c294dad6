package org.ourown.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.accounts.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open Referral's own example documents import, and come back out of our API as they went in. */
@SpringBootTest
@AutoConfigureMockMvc
class HsdsImportTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    DirectoryEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @SuppressWarnings("unchecked")
    private Map<String, Object> example(String name) {
        return json.readValue(HsdsSchemas.read(HsdsSchemas.STANDARD.resolve("examples/" + name)), Map.class);
    }

    private JsonNode api(String url) throws Exception {
        return json.readTree(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theExampleServiceImportsAndRoundTrips() throws Exception {
        Map<String, Object> example = example("service_full.json");
        SystemTask.run(() -> editing.importDocuments("service_full.json", List.of(example), null));
        JsonNode original = json.valueToTree(example);
        JsonNode ours = api("/api/hsds/services/" + example.get("id"));

        for (String field : List.of(
                "id",
                "name",
                "alternate_name",
                "description",
                "url",
                "email",
                "status",
                "interpretation_services",
                "application_process",
                "fees_description",
                "eligibility_description")) {
            assertThat(ours.path(field).asString())
                    .as(field)
                    .isEqualTo(original.path(field).asString().strip()); // surrounding white space is trimmed on import
        }
        assertThat(ours.path("minimum_age").asInt())
                .isEqualTo(original.path("minimum_age").asInt());
        assertThat(ours.path("organization").path("name").asString())
                .isEqualTo(original.path("organization").path("name").asString());
        assertThat(ours.path("phones").path(0).path("number").asString())
                .isEqualTo(original.path("phones").path(0).path("number").asString());
        assertThat(ours.path("phones").path(0).path("extension").asInt())
                .isEqualTo(original.path("phones").path(0).path("extension").asInt());
        JsonNode schedule = ours.path("schedules").path(0);
        JsonNode exampleSchedule = original.path("schedules").path(0);
        assertThat(schedule.path("byday").asString())
                .isEqualTo(exampleSchedule.path("byday").asString());
        assertThat(LocalTime.parse(schedule.path("opens_at").asString()))
                .isEqualTo(LocalTime.parse(exampleSchedule.path("opens_at").asString()));
        JsonNode location = ours.path("service_at_locations").path(0).path("location");
        JsonNode exampleLocation = original.path("service_at_locations").path(0).path("location");
        assertThat(location.path("name").asString())
                .isEqualTo(exampleLocation.path("name").asString());
        assertThat(location.path("latitude").asDouble())
                .isEqualTo(exampleLocation.path("latitude").asDouble());
        assertThat(location.path("addresses").path(0).path("postal_code").asString())
                .isEqualTo(exampleLocation
                        .path("addresses")
                        .path(0)
                        .path("postal_code")
                        .asString());
        assertThat(HsdsSchemas.problems("service", ours)).isEmpty();
    }

    @Test
    void theExampleOrganizationImportsAndImportingTwiceChangesNothing() throws Exception {
        Map<String, Object> example = example("organization_full.json");
        SystemTask.run(() -> editing.importDocuments("organization_full.json", List.of(example), null));
        long services = count("directory.service");
        long phones = count("directory.phone");
        SystemTask.run(() -> editing.importDocuments("organization_full.json", List.of(example), null));
        assertThat(count("directory.service")).isEqualTo(services);
        assertThat(count("directory.phone")).isEqualTo(phones);
        JsonNode ours = api("/api/hsds/organizations/" + example.get("id"));
        assertThat(ours.path("name").asString()).isEqualTo(example.get("name"));
        assertThat(HsdsSchemas.problems("organization", ours)).isEmpty();
    }

    @Test
    void aBadFileIsReportedPreciselyAndNothingOfItIsSaved() {
        UUID goodService = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        Map<String, Object> good = Map.of(
                "id",
                goodService.toString(),
                "name",
                "A good service",
                "status",
                "active",
                "organization",
                Map.of("id", organization.toString(), "name", "Fine Org", "description", "ok"));
        Map<String, Object> bad = Map.of(
                "id",
                "not-a-uuid",
                "status",
                "sometimes",
                "organization_id",
                organization.toString(),
                "schedules",
                List.of(Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "freq",
                        "WEEKLY",
                        "byday",
                        "XX",
                        "opens_at",
                        "09:00",
                        "closes_at",
                        "17:00")));
        Map<String, Object> badPlace = Map.of(
                "id",
                UUID.randomUUID().toString(),
                "name",
                "Fine name",
                "organization_id",
                organization.toString(),
                "service_at_locations",
                List.of(Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "location",
                        Map.of(
                                "id",
                                UUID.randomUUID().toString(),
                                "location_type",
                                "physical",
                                "latitude",
                                "north",
                                "longitude",
                                "-76.5"))));
        long before = count("directory.service");

        ImportRejected rejected = catchThrowableOfType(
                ImportRejected.class,
                () -> SystemTask.run(() -> editing.importDocuments("upload.json", List.of(good, bad, badPlace), null)));

        assertThat(rejected.problems())
                .extracting(ImportProblem::toString)
                .contains(
                        "upload.json row 2, id: \"not-a-uuid\" is not a UUID",
                        "upload.json row 2, name: is required",
                        "upload.json row 2, status: \"sometimes\" is not one of active, inactive, defunct, temporarily closed",
                        "upload.json row 3, service_at_locations[0].location.latitude: \"north\" is not a number");
        assertThat(rejected.problems()).anySatisfy(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.field()).startsWith("schedules[0]");
            assertThat(problem.message()).contains("XX");
        });
        assertThat(count("directory.service")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from directory.organization where id = :id")
                        .param("id", organization)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
