package org.ourown.warmline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A block's id, as the list of blocks and its "lift" button name it. */
public record BlockId(@JsonValue UUID value) {

    public static BlockId of(String text) {
        return new BlockId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
