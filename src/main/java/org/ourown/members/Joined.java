package org.ourown.members;

import org.ourown.accounts.AccountId;

/** A person joined by themselves: their new membership and the account they sign in with. */
public record Joined(MembershipId membership, AccountId account) {}
