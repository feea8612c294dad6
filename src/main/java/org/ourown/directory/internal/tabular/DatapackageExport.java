package org.ourown.directory.internal.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The whole directory as an HSDS 3.1 tabular datapackage: one CSV per HSDS table and a datapackage.json. */
@Component
public class DatapackageExport {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    /** What we hold, per HSDS table; columns are named as HSDS names them. Tables not listed export headers only. */
    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry(
                    "organization",
                    "select id, name, alternate_name, description, email, website"
                            + " from directory.organization order by name, id"),
            Map.entry(
                    "program",
                    "select id, organization_id, name, alternate_name, description from directory.program"
                            + " order by id"),
            Map.entry(
                    "service",
                    "select id, organization_id, program_id, name, alternate_name, description, url, email,"
                            + " status, interpretation_services, application_process, fees_description,"
                            + " eligibility_description, minimum_age, maximum_age, last_modified from directory.service"
                            + " order by name, id"),
            Map.entry(
                    "attribute",
                    "select md5(st.service_id::text || '/' || st.taxonomy_term_id::text)::uuid as id,"
                            + " st.service_id as link_id, st.taxonomy_term_id, 'service' as link_type,"
                            + " 'service' as link_entity from directory.service_taxonomy st order by 1"),
            Map.entry(
                    "service_at_location",
                    "select id, service_id, location_id, description"
                            + " from directory.service_at_location order by id"),
            Map.entry(
                    "location",
                    "select id, location_type, url, organization_id, name, description, transportation,"
                            + " latitude, longitude from directory.location order by id"),
            Map.entry(
                    "phone",
                    "select id, location_id, service_id, organization_id, number, extension, type,"
                            + " description from directory.phone order by id"),
            Map.entry(
                    "address",
                    "select id, location_id, address_1, address_2, city, region, state_province,"
                            + " postal_code, country, address_type from directory.address order by id"),
            Map.entry(
                    "schedule",
                    "select id, service_id, location_id, valid_from, valid_to, freq, byday,"
                            + " description, to_char(opens_at, 'HH24:MI') as opens_at, to_char(closes_at, 'HH24:MI')"
                            + " as closes_at from directory.schedule order by id"),
            Map.entry(
                    "service_area", "select id, service_id, name, description from directory.service_area order by id"),
            Map.entry("language", "select id, service_id, location_id, name, code from directory.language order by id"),
            Map.entry(
                    "accessibility",
                    "select id, location_id, description, details from directory.accessibility" + " order by id"),
            Map.entry(
                    "taxonomy_term",
                    "select id, code, name, description, parent_id, language, taxonomy_id, term_uri"
                            + " from directory.taxonomy_term order by code, id"),
            Map.entry("taxonomy", "select id, name, description, uri, version from directory.taxonomy order by id"));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DatapackageExport(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes);
        return bytes.toByteArray();
    }

    @Transactional(readOnly = true)
    public void write(OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (TabularLayout.Resource resource : TabularLayout.resources()) {
                zip.putNextEntry(new ZipEntry(resource.path()));
                zip.write(Csv.line(resource.header()).getBytes(StandardCharsets.UTF_8));
                String sql = QUERIES.get(resource.name());
                if (sql != null) {
                    for (Map<String, Object> row : jdbc.sql(sql).query().listOfRows()) {
                        List<String> fields = new ArrayList<>();
                        for (TabularLayout.Column column : resource.columns()) {
                            String value = text(row.get(column.name()));
                            // A number column holds numbers only; free text kept elsewhere (an extension such as
                            // "ask for Sam") is left out rather than break the column's type.
                            fields.add(column.numeric() && !value.matches("-?\\d+(\\.\\d+)?") ? "" : value);
                        }
                        zip.write(Csv.line(fields).getBytes(StandardCharsets.UTF_8));
                    }
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor()));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> descriptor() {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "ourown-directory");
        descriptor.put("title", "OurOwn directory of peer-run programs (HSDS 3.1)");
        descriptor.put("created", MILLIS.format(java.time.Instant.now().atOffset(ZoneOffset.UTC)));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (TabularLayout.Resource resource : TabularLayout.resources()) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (TabularLayout.Column column : resource.columns()) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("name", column.name());
                field.put("type", column.type());
                if (column.format() != null) {
                    field.put("format", column.format());
                }
                field.put("constraints", Map.of("required", resource.required().contains(column.name())));
                fields.add(field);
            }
            resources.add(Map.of(
                    "name",
                    resource.name(),
                    "path",
                    resource.path(),
                    "profile",
                    "tabular-data-resource",
                    "format",
                    "csv",
                    "mediatype",
                    "text/csv",
                    "encoding",
                    "utf-8",
                    "schema",
                    Map.of("fields", fields, "primaryKey", "id")));
        }
        descriptor.put("resources", resources);
        return descriptor;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp timestamp) {
            return MILLIS.format(timestamp.toInstant().atOffset(ZoneOffset.UTC));
        }
        return value.toString();
    }
}
