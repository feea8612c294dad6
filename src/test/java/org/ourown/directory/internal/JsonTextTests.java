package org.ourown.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** Ready JSON goes into a response as it is, whether Jackson writes bytes (HTTP) or characters. */
class JsonTextTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private static final String ITEM = "{\"name\":\"Línea Cálida en Español\",\"note\":\"\\\"quoted\\\" ☎\"}";

    @Test
    void itemsAreWrittenAsTheyAreInUtf8AndInCharacters() {
        Map<String, Object> page = Map.of(
                "contents", List.of(new RawValue(new JsonText(utf8(ITEM))), new RawValue(new JsonText(utf8(ITEM)))));
        String expected = "{\"contents\":[" + ITEM + "," + ITEM + "]}";
        assertThat(new String(json.writeValueAsBytes(page), StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(json.writeValueAsString(page)).isEqualTo(expected);
        assertThat(json.readTree(json.writeValueAsBytes(page))
                        .path("contents")
                        .get(1)
                        .path("name")
                        .asString())
                .isEqualTo("Línea Cálida en Español");
    }

    @Test
    void theTextIsTheBytesDecoded() {
        JsonText text = new JsonText(utf8(ITEM));
        assertThat(text.getValue()).isEqualTo(ITEM);
        assertThat(text.charLength()).isEqualTo(ITEM.length());
        assertThat(text.asUnquotedUTF8()).isEqualTo(utf8(ITEM));
    }

    @Test
    void itemsLargerThanTheGeneratorsBufferAreWrittenWhole() {
        // the generator's buffer is 8,000 bytes: a longer item does not fit in it and is written through
        String longItem = "{\"description\":\"" + "peer support é ".repeat(2_000) + "\"}";
        Map<String, Object> page = Map.of("contents", List.of(new RawValue(new JsonText(utf8(longItem)))));
        assertThat(new String(json.writeValueAsBytes(page), StandardCharsets.UTF_8))
                .isEqualTo("{\"contents\":[" + longItem + "]}");
    }

    /** As PostgreSQL's JDBC driver gives a text column's value with getBytes: UTF-8, its client encoding. */
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
