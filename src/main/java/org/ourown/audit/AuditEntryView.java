package org.ourown.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(
        long sequence,
        Instant at,
        UUID actorId,
        String actorName,
        String actorRoles,
        String action,
        String recordType,
        String recordId,
        UUID personId,
        String purpose,
        String clientAddress) {

    private static final java.time.format.DateTimeFormatter TEXT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    /** When, in UTC, to the second, as the admin page shows it. */
    public String atText() {
        return TEXT.format(at);
    }
}
