package org.ourown.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ourown.directory.internal.HsdsLists;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** The envelope written in parts is, byte for byte, what Jackson writes for the same page, and as long as it says. */
class EnvelopeJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private byte[] written(HsdsLists.Page page) {
        EnvelopeJson envelope = EnvelopeJson.of(json, page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            envelope.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.size()).as("Content-Length").isEqualTo(envelope.length());
        return out.toByteArray();
    }

    private static final String ITEM = "{\"name\":\"Línea Cálida en Español\",\"note\":\"\\\"quoted\\\" ☎\"}";

    @Test
    void readyItemsAreCopiedInAsJacksonWritesThem() {
        HsdsLists.Page page = new HsdsLists.Page(
                List.of(new RawValue(new SerializedString(ITEM)), new RawValue(new SerializedString("{\"id\":2}"))),
                41,
                3,
                2);
        byte[] written = written(page);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(json.writeValueAsBytes(page.envelope()), StandardCharsets.UTF_8))
                .startsWith("{\"total_items\":41,\"total_pages\":21,\"page_number\":3,\"size\":2,")
                .endsWith(",\"contents\":[" + ITEM + ",{\"id\":2}]}");
        assertThat(json.readTree(written).path("contents").get(0).path("name").asString())
                .isEqualTo("Línea Cálida en Español");
    }

    @Test
    void objectsAreWrittenByJackson() {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", "5b1a");
        organization.put("name", "Peer Respite of the Valley \"North\"");
        organization.put("phones", List.of(Map.of("number", "555-0100")));
        HsdsLists.Page page = new HsdsLists.Page(List.of(organization, organization), 2, 1, 50);
        assertThat(written(page)).isEqualTo(json.writeValueAsBytes(page.envelope()));
    }

    @Test
    void anEmptyPageHasEmptyContents() {
        HsdsLists.Page page = new HsdsLists.Page(List.of(), 0, 1, 20);
        byte[] written = written(page);
        assertThat(written).isEqualTo(json.writeValueAsBytes(page.envelope()));
        assertThat(new String(written, StandardCharsets.UTF_8)).endsWith("\"empty\":true,\"contents\":[]}");
    }
}
