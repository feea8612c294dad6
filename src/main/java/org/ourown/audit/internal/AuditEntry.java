package org.ourown.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** One entry as stored; {@link #hash(String)} is the chain's rule for it. */
record AuditEntry(
        UUID id,
        Instant at,
        UUID organizationId,
        UUID actorId,
        String actorName,
        String actorRoles,
        String action,
        String recordType,
        String recordId,
        UUID personId,
        String purpose,
        String clientAddress) {

    String hash(String previousHash) {
        return HashChain.link(
                previousHash,
                id,
                at,
                organizationId,
                actorId,
                actorName,
                actorRoles,
                action,
                recordType,
                recordId,
                personId,
                purpose,
                clientAddress);
    }
}
