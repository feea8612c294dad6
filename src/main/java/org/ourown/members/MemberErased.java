package org.ourown.members;

import java.time.LocalDate;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.OrganizationId;

/**
 * A member's erasure was confirmed. Published inside the confirming transaction, before the membership and the
 * account are deleted: a module that keeps records a member linked to themselves (warm line, kiosk, surveys)
 * listens and deletes the personal fields and free text it holds for this membership or account, in the same
 * transaction, so that the erasure happens everywhere or nowhere.
 *
 * @param account the member's own account; null when the membership was never claimed
 */
public record MemberErased(
        MembershipId membership, OrganizationId organization, AccountId account, LocalDate erasedOn) {}
