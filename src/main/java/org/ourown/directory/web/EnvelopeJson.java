package org.ourown.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourown.directory.internal.HsdsLists;
import tools.jackson.core.SerializableString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * The HSDS page envelope as UTF-8 JSON, in one array of exactly its length, the bytes Jackson writes for
 * {@link HsdsLists.Page#envelope()}: Jackson writes the envelope's numbers and each item, and items that are already
 * JSON (a search's, ready in the database) are copied in as they are. Through {@code writeValueAsBytes} the body was
 * written into a growing buffer and copied out of it: a quarter of the bytes the app allocated for a search
 * (bench/directory/README.md).
 */
final class EnvelopeJson {

    private static final byte[] CONTENTS = ",\"contents\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private EnvelopeJson() {}

    static byte[] bytes(JsonMapper json, HsdsLists.Page page) {
        Map<String, Object> envelope = page.envelope();
        envelope.remove("contents");
        List<?> contents = page.contents();
        // {"total_items":...,"empty":false} without its closing brace, then the contents, which come last
        byte[] head = json.writeValueAsBytes(envelope);
        List<byte[]> items = new ArrayList<>(contents.size());
        int length = head.length - 1 + CONTENTS.length + Math.max(0, contents.size() - 1) + 2;
        for (Object item : contents) {
            byte[] written = item instanceof RawValue raw && raw.rawValue() instanceof SerializableString ready
                    ? ready.asUnquotedUTF8()
                    : json.writeValueAsBytes(item);
            items.add(written);
            length += written.length;
        }
        byte[] body = new byte[length];
        int at = put(body, 0, head, head.length - 1);
        at = put(body, at, CONTENTS, CONTENTS.length);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                body[at++] = ',';
            }
            at = put(body, at, items.get(i), items.get(i).length);
        }
        body[at++] = ']';
        body[at] = '}';
        return body;
    }

    private static int put(byte[] body, int at, byte[] part, int length) {
        System.arraycopy(part, 0, body, at, length);
        return at + length;
    }
}
