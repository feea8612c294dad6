package org.ourown.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Each entry's hash covers the previous entry's hash and every field of its own, each field length-prefixed so
 * that no two different entries can be written the same way. Changing, removing or reordering any entry breaks
 * every link after it.
 */
final class HashChain {

    static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    static String link(String previousHash, Object... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, previousHash);
            for (Object field : fields) {
                update(sha, field == null ? null : field.toString());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String value) {
        if (value == null) {
            sha.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }
}
