package org.ourown.directory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * JSON text that is already written (a search item from {@code directory.search_item}), to be copied into a response
 * as it is, through Jackson's {@code RawValue}. As a plain {@code String}, Jackson's generator encodes it to UTF-8 a
 * character at a time: that was a tenth of the app's CPU in the directory benchmark's search mix (20 items, 24 kB a
 * response). Here it is the bytes PostgreSQL sent (UTF-8, the JDBC driver's client encoding, read with
 * {@code getBytes}), never decoded into a {@code String} and encoded back: that decoding and encoding made a quarter
 * of the bytes the app allocated for a search (async-profiler's allocation samples, bench/directory/README.md), and
 * the generator copies the bytes. The text is made only if something asks for it as text.
 */
final class JsonText implements SerializableString {

    private final byte[] utf8;

    JsonText(byte[] utf8) {
        this.utf8 = utf8;
    }

    private String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public String getValue() {
        return text();
    }

    @Override
    public int charLength() {
        return text().length();
    }

    /** The bytes themselves, not a copy, as Jackson's own {@code SerializedString} gives them: callers only read. */
    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String text = text();
        if (offset + text.length() > buffer.length) {
            return -1;
        }
        text.getChars(0, text.length(), buffer, offset);
        return text.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    // As a JSON string (quoted and escaped), which a raw value never is: as Jackson's own string would be.

    @Override
    public char[] asQuotedChars() {
        return quoted().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quoted().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return quoted().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return quoted().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return quoted().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return quoted().putQuotedUTF8(buffer);
    }

    private SerializedString quoted() {
        return new SerializedString(text());
    }

    @Override
    public String toString() {
        return text();
    }
}
