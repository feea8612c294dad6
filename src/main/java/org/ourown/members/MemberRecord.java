package org.ourown.members;

import java.time.Instant;
import java.util.Set;
import org.ourown.accounts.OrganizationId;

/**
 * A member's record as someone else opened it, for a stated purpose.
 *
 * @param contact the contact details, or null when no consent covers them
 * @param readable the parts this reader may read now, by the member's consents
 */
public record MemberRecord(
        MembershipId id,
        OrganizationId organization,
        String alias,
        String pronouns,
        String preferredLanguage,
        Instant joinedAt,
        boolean claimed,
        Purpose purpose,
        Contact contact,
        Set<RecordPart> readable) {

    public record Contact(ContactMethod method, String detail) {}
}
