package org.ourown.warmline;

import java.util.UUID;

public record LineId(UUID value) {

    public static LineId of(String value) {
        return new LineId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
