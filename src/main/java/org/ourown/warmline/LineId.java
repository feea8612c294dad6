package org.ourown.warmline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record LineId(@JsonValue UUID value) {

    public static LineId of(String value) {
        return new LineId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
