package org.ourown.shared;

import java.util.UUID;

/**
 * Published by any module each time it reads or writes personal data. The audit module appends it to the
 * organization's hash-chained trail in the same transaction, adding who did it and from where.
 *
 * @param organizationId the organization that owns the record (null for the deployment itself)
 * @param recordType a short stable name such as {@code staff-account} or {@code member-notes}
 * @param recordId the record's id
 * @param personId the person the record is about, so that they can read who looked at it (may be null)
 * @param action what was done
 * @param purpose why, in the words of the short list the reader chose from (may be null for writes)
 */
public record PersonalDataAccessed(
        UUID organizationId, String recordType, String recordId, UUID personId, Action action, String purpose) {

    public enum Action {
        READ,
        CREATE,
        UPDATE,
        DELETE,
        ERASE,
        EXPORT,
        /** Shared with someone outside the organization, such as a referral under the member's consent. */
        DISCLOSE
    }
}
