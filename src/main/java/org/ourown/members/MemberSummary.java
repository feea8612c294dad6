package org.ourown.members;

import java.time.Instant;

/** A line in the staff's list of members: the alias and what the member chose to say about how to address them. */
public record MemberSummary(MembershipId id, String alias, String pronouns, Instant joinedAt, boolean claimed) {}
