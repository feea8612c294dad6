package org.ourown.warmline;

import java.util.UUID;

public record ContactRecordId(UUID value) {

    public static ContactRecordId of(String value) {
        return new ContactRecordId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
