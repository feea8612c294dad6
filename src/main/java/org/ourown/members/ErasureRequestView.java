package org.ourown.members;

import java.time.Instant;

/** A pending request to be erased, as the member and their coordinators see it. */
public record ErasureRequestView(MembershipId member, String alias, Instant requestedAt) {}
