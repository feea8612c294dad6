package org.ourown.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A consent as the member (or a reader it names) sees it. */
public record ConsentView(
        UUID id,
        GranteeKind grantee,
        String granteeName,
        UUID granteeId,
        Set<RecordPart> parts,
        Purpose purpose,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant revokedAt,
        State state) {

    public enum State {
        ACTIVE,
        NOT_YET,
        ENDED,
        REVOKED
    }

    public boolean active() {
        return state == State.ACTIVE;
    }
}
