package org.ourown.warmline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written message frame is the JSON Jackson writes for the same message, whatever the words hold. */
class ChatSocketFramesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMessageFrameIsTheSameJsonAsJacksonWrites() {
        List<String> bodies = List.of(
                "plain words",
                "quotes \" and 'single' and \\ backslashes \\\\",
                "lines\nand\r\nreturns\tand tabs",
                "control \u0000 \u0001 \u001f \u007f characters",
                "line separators \u2028 and \u2029 in JavaScript",
                "</script><b>not HTML</b> & amp;",
                "emoji 🙂🌊 and accents: ¿Cómo está? ñ",
                "");
        for (String body : bodies) {
            ShownMessage message = new ShownMessage(42L, "VISITOR", "You \"said\"", body, "10:30");
            JsonNode frame = json.readTree(ChatSocketSink.messageFrame(message));
            assertThat(frame.get("event").asString()).isEqualTo("message");
            assertThat(frame.get("data")).as(body).isEqualTo(json.readTree(json.writeValueAsString(message)));
            assertThat(frame.get("data").get("body").asString()).isEqualTo(body);
        }
        ShownMessage noTime = new ShownMessage(7L, "SYSTEM", null, "A peer has joined the chat.", null);
        assertThat(json.readTree(ChatSocketSink.messageFrame(noTime)).get("data"))
                .isEqualTo(json.readTree(json.writeValueAsString(noTime)));
    }
}
