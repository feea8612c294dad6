package org.ourown.directory.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ourown.directory.internal.HsdsLists;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.SerializableString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * The HSDS page envelope as UTF-8 JSON, the bytes Jackson writes for {@link HsdsLists.Page#envelope()}, kept as its
 * parts: Jackson writes the envelope's numbers and each item, and items that are already JSON (a search's, ready in
 * the database) are taken as they are. {@link Converter} writes the parts straight to the response, with a
 * Content-Length, so the response goes out in one write (as long as it fits the socket buffer,
 * platform.web.ServerConfiguration). Through {@code writeValueAsBytes} the body was written into a growing buffer and
 * copied out of it; then into one array of its length, which was still a third of the bytes the app allocated for a
 * search (bench/directory/README.md).
 */
final class EnvelopeJson {

    private static final byte[] CONTENTS = ",\"contents\":[".getBytes(StandardCharsets.UTF_8);

    /** {"total_items":...,"empty":false}: written up to, not including, its closing brace. */
    private final byte[] head;

    private final List<byte[]> items;
    private final int length;

    private EnvelopeJson(byte[] head, List<byte[]> items, int length) {
        this.head = head;
        this.items = items;
        this.length = length;
    }

    static EnvelopeJson of(JsonMapper json, HsdsLists.Page page) {
        Map<String, Object> envelope = page.envelope();
        envelope.remove("contents");
        List<?> contents = page.contents();
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
        return new EnvelopeJson(head, items, length);
    }

    /** How many bytes {@link #writeTo} writes. */
    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(head, 0, head.length - 1);
        out.write(CONTENTS);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(items.get(i));
        }
        out.write(']');
        out.write('}');
    }

    /** Writes an envelope as {@code application/json}, with its length; it is never read. */
    static final class Converter extends AbstractHttpMessageConverter<EnvelopeJson> {

        Converter() {
            super(MediaType.APPLICATION_JSON);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return type == EnvelopeJson.class;
        }

        @Override
        public boolean canRead(Class<?> type, MediaType mediaType) {
            return false;
        }

        @Override
        protected Long getContentLength(EnvelopeJson envelope, MediaType contentType) {
            return (long) envelope.length;
        }

        @Override
        protected EnvelopeJson readInternal(Class<? extends EnvelopeJson> type, HttpInputMessage input) {
            throw new HttpMessageNotReadableException("An HSDS page envelope is only written", input);
        }

        @Override
        protected void writeInternal(EnvelopeJson envelope, HttpOutputMessage output) throws IOException {
            envelope.writeTo(output.getBody());
        }
    }
}
