package org.ourown.directory.internal.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourown.directory.HsdsSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TabularLayoutTests {

    /** Our bundled layout is the standard's, file for file and column for column. */
    @Test
    void theLayoutMatchesOpenReferralsTabularSchema() {
        JsonNode tabular = JsonMapper.builder()
                .build()
                .readTree(HsdsSchemas.read(HsdsSchemas.STANDARD.resolve("schema/compiled/tabular.json")));
        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, JsonNode> object : tabular.path("properties").properties()) {
            JsonNode items = object.getValue().path("items");
            List<String> columns = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : items.path("properties").properties()) {
                String type = field.getValue().path("type").asString("string");
                if (!type.equals("array")
                        && !type.equals("object")
                        && !field.getValue().has("$ref")) {
                    columns.add(field.getKey());
                }
            }
            expected.add(object.getKey() + " " + items.path("path").asString() + " " + columns);
        }
        List<String> ours = TabularLayout.resources().stream()
                .map(r -> r.name() + " " + r.path() + " " + r.header())
                .toList();
        assertThat(ours).containsExactlyElementsOf(expected);
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndReadsItBack() {
        List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "two\nlines", "");
        String line = Csv.line(fields);
        assertThat(line).isEqualTo("plain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",\r\n");
        assertThat(Csv.parse(line + line)).containsExactly(fields, fields);
    }
}
