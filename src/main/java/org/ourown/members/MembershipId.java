package org.ourown.members;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

public record MembershipId(@JsonValue UUID value) {

    public static MembershipId of(String text) {
        return new MembershipId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
