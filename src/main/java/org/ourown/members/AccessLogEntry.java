package org.ourown.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ourown.accounts.Role;

/**
 * One line of a member's access log.
 *
 * @param on the day, where the member's organization is
 * @param who the person's name as their account has it now (or as the trail wrote it, if the account is gone)
 * @param roles what they were when they did it
 * @param organizationName the organization they did it for
 * @param action READ, CREATE, UPDATE, DELETE, EXPORT or ERASE
 * @param recordType the audit trail's name for the part of the record, e.g. {@code member-notes}
 * @param purpose why, for reads; null when none was given
 */
public record AccessLogEntry(
        Instant at,
        LocalDate on,
        String who,
        List<Role> roles,
        String organizationName,
        String action,
        String recordType,
        Purpose purpose) {}
