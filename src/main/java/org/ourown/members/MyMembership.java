package org.ourown.members;

import java.time.Instant;

/** The signed-in member's own membership, all of it. */
public record MyMembership(
        MembershipId id,
        String organizationName,
        String alias,
        String pronouns,
        String preferredLanguage,
        ContactMethod contactMethod,
        String contactDetail,
        Instant joinedAt) {}
