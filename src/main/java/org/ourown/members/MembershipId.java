package org.ourown.members;

import java.util.UUID;

public record MembershipId(UUID value) {

    public static MembershipId of(String text) {
        return new MembershipId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
