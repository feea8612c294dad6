package org.ourown.accounts;

import java.time.Instant;
import java.util.Set;

/** A person's account as their organization's admin sees it. */
public record StaffView(
        AccountId id,
        OrganizationId organization,
        String email,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        boolean twoFactor,
        Instant createdAt) {}
