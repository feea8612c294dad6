package org.ourown.warmline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record ContactRecordId(@JsonValue UUID value) {

    public static ContactRecordId of(String value) {
        return new ContactRecordId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
