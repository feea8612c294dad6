package org.ourown.accounts;

import java.util.Set;

/** A staff person as a member sees them when choosing whom to share with: a name and roles, no email. */
public record Supporter(AccountId id, String displayName, Set<Role> roles) {}
