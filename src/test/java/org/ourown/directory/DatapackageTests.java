package org.ourown.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.ourown.accounts.SystemTask;
import org.ourown.directory.internal.tabular.Csv;
import org.ourown.directory.internal.tabular.TabularLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The directory as an HSDS tabular datapackage: out, checked against the standard, and back in. */
@SpringBootTest
@AutoConfigureMockMvc
class DatapackageTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryEditing editing;

    @Autowired
    JdbcClient jdbc;

    private Map<String, String> export() throws Exception {
        // The zip is streamed (asynchronously), as a large directory would be.
        var started = mvc.perform(get("/api/hsds/datapackage.zip")).andReturn();
        byte[] zip = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void everyRowOfTheExportValidatesAgainstTheStandard() throws Exception {
        Map<String, String> files = export();
        JsonNode descriptor = json.readTree(files.get("datapackage.json"));
        assertThat(descriptor.path("resources").size())
                .isEqualTo(TabularLayout.resources().size());
        JsonNode tabular =
                json.readTree(HsdsSchemas.read(HsdsSchemas.STANDARD.resolve("schema/compiled/tabular.json")));
        for (TabularLayout.Resource resource : TabularLayout.resources()) {
            List<List<String>> records = Csv.parse(files.get(resource.path()));
            assertThat(records.get(0)).as(resource.path()).isEqualTo(resource.header());
            ObjectNode schema = (ObjectNode) tabular.path("properties")
                    .path(resource.name())
                    .path("items")
                    .deepCopy();
            ((ObjectNode) schema.path("properties")).retain(resource.header());
            var validator = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                            com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema.toString());
            for (List<String> record : records.subList(1, records.size())) {
                ObjectNode row = json.createObjectNode();
                for (int i = 0; i < record.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        var column = resource.columns().get(i);
                        if (column.numeric()) {
                            row.put(column.name(), Double.parseDouble(record.get(i)));
                        } else {
                            row.put(column.name(), record.get(i));
                        }
                    }
                }
                assertThat(validator.validate(row))
                        .as(resource.path() + " " + row)
                        .isEmpty();
            }
        }
        assertThat(Csv.parse(files.get("services.csv")).size() - 1).isGreaterThanOrEqualTo(42);
        assertThat(Csv.parse(files.get("schedules.csv")).size() - 1).isGreaterThanOrEqualTo(42);
    }

    @Test
    void theExportImportsBackUnchanged() throws Exception {
        Map<String, String> files = export();
        long services = count("directory.service");
        long schedules = count("directory.schedule");
        long capacities = count("directory.service_capacity");
        long closures = count("directory.closure");
        assertThat(capacities).isPositive();
        assertThat(closures).isPositive();
        mvc.perform(post("/api/directory/import")
                        .contentType("application/zip")
                        .content(zip(files))
                        .with(httpBasic("network@ourown.test", "demo-network-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported_services").value((int) services));
        assertThat(count("directory.service")).isEqualTo(services);
        assertThat(count("directory.schedule")).isEqualTo(schedules);
        // Beds and holiday closures are not part of a datapackage; re-importing one must not wipe them.
        assertThat(count("directory.service_capacity")).isEqualTo(capacities);
        assertThat(count("directory.closure")).isEqualTo(closures);
        Map<String, String> again = export();
        for (String file : List.of(
                "organizations.csv",
                "services.csv",
                "locations.csv",
                "phones.csv",
                "schedules.csv",
                "addresses.csv",
                "attributes.csv",
                "service_at_location.csv")) {
            assertThat(again.get(file)).as(file).isEqualTo(files.get(file));
        }
    }

    @Test
    void aBrokenDatapackageIsReportedByFileRowAndFieldAndChangesNothing() throws Exception {
        Map<String, String> files = new LinkedHashMap<>(export());
        String header = files.get("services.csv").lines().findFirst().orElseThrow();
        files.put(
                "services.csv",
                header + "\r\n" + Csv.line(blankRowWith(header, Map.of("id", "oops", "status", "active"))));
        files.put(
                "phones.csv",
                files.get("phones.csv").lines().findFirst().orElseThrow() + "\r\n"
                        + Csv.line(blankRowWith(
                                files.get("phones.csv").lines().findFirst().orElseThrow(),
                                Map.of(
                                        "id",
                                        "11111111-1111-4111-8111-111111111111",
                                        "number",
                                        "555-0100",
                                        "extension",
                                        "abc"))));
        files.put("notes.txt", "hello");
        long before = count("directory.service");
        byte[] broken = zip(files);

        ImportRejected rejected = catchThrowableOfType(
                ImportRejected.class, () -> SystemTask.run(() -> editing.importDatapackage(broken, null)));

        assertThat(rejected.problems())
                .extracting(ImportProblem::toString)
                .contains(
                        "services.csv row 2, id: \"oops\" is not a UUID",
                        "services.csv row 2, name: is required",
                        "phones.csv row 2, extension: \"abc\" is not a number",
                        "notes.txt row 0, (file): is not a file of an HSDS 3.1 datapackage");
        assertThat(count("directory.service")).isEqualTo(before);

        mvc.perform(post("/api/directory/import")
                        .contentType("application/zip")
                        .content(broken)
                        .with(httpBasic("network@ourown.test", "demo-network-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].file").exists())
                .andExpect(jsonPath("$.problems[0].row").exists())
                .andExpect(jsonPath("$.problems[0].field").exists());
        mvc.perform(post("/api/directory/import")
                        .contentType("application/zip")
                        .content(zip(files))
                        .with(httpBasic("coordinator@riverside.test", "demo-coordinator")))
                .andExpect(status().isForbidden());
    }

    private static List<String> blankRowWith(String header, Map<String, String> values) {
        return Csv.parse(header).get(0).stream()
                .map(column -> values.getOrDefault(column, ""))
                .toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
