package org.ourown.warmline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** A chat's id: random, so that it cannot be guessed; still never enough alone to read the chat. */
public record ChatId(@JsonValue UUID value) {

    public static ChatId of(String value) {
        return new ChatId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
