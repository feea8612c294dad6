package org.ourown.warmline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record CallbackId(@JsonValue UUID value) {

    public static CallbackId of(String value) {
        return new CallbackId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
