package org.ourown.members.internal;

import java.time.Instant;
import java.util.UUID;
import org.ourown.accounts.OrganizationId;
import org.ourown.members.ContactMethod;
import org.ourown.members.MemberSummary;
import org.ourown.members.MembershipId;

/** A membership as stored. Only this module's internals see it. */
record MembershipRow(
        MembershipId id,
        OrganizationId organization,
        UUID accountId,
        String alias,
        String pronouns,
        String preferredLanguage,
        ContactMethod contactMethod,
        String contactDetail,
        Instant joinedAt) {

    boolean ownedBy(UUID account) {
        return accountId != null && accountId.equals(account);
    }

    MemberSummary summary() {
        return new MemberSummary(id, alias, pronouns, joinedAt, accountId != null);
    }
}
