package org.ourown.directory;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open Referral's own HSDS 3.1 schemas, from {@code ../shared/standards/hsds-3.1}, used unchanged: JSON Schema 2020-12,
 * unknown keywords ignored.
 */
public final class HsdsSchemas {

    /**
     * Where the standard is: beside this repository ({@code ../shared}, as the project's workspace has it), or where
     * {@code -Dourown.hsds-standard=/path/to/hsds-3.1} says.
     */
    public static final Path STANDARD =
            Path.of(System.getProperty("ourown.hsds-standard", "../shared/standards/hsds-3.1"));

    private static final SchemaRegistry registry =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private static final JsonMapper json = JsonMapper.builder().build();

    private HsdsSchemas() {}

    /** The problems of a document against {@code schema/compiled/<name>.json}; empty when it is valid. */
    public static List<String> problems(String name, JsonNode document) {
        Schema schema = schemas.computeIfAbsent(
                name, n -> registry.getSchema(read(STANDARD.resolve("schema/compiled/" + n + ".json"))));
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    /** The page envelope, as {@code Page} in {@code schema/openapi.json}, plus {@code contents} as an array. */
    public static List<String> pageProblems(JsonNode page) {
        Schema schema = schemas.computeIfAbsent("#Page", n -> {
            JsonNode openapi = json.readTree(read(STANDARD.resolve("schema/openapi.json")));
            String pageSchema =
                    openapi.path("components").path("schemas").path("Page").toString();
            return registry.getSchema(pageSchema);
        });
        List<String> problems = new java.util.ArrayList<>(
                schema.validate(page).stream().map(Error::toString).toList());
        for (String field :
                List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty")) {
            if (!page.has(field)) {
                problems.add("missing " + field);
            }
        }
        if (!page.path("contents").isArray()) {
            problems.add("contents is not an array");
        }
        return problems;
    }

    public static String read(Path path) {
        if (!Files.isDirectory(STANDARD)) {
            throw new IllegalStateException("Open Referral's HSDS 3.1 standard is not at " + STANDARD.toAbsolutePath()
                    + ": these tests validate against it unchanged. Keep this repository beside shared/ (its"
                    + " standards/hsds-3.1), or run with -Dourown.hsds-standard=/path/to/hsds-3.1");
        }
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
