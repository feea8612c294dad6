package org.ourown.warmline;

import java.util.UUID;

public record ContactRecordId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
