package org.ourown.members;

import java.time.Instant;

/** A membership a peer created with the person present, and the one-time code the person claims it with. */
public record Enrolled(MembershipId id, String alias, String code, Instant codeExpiresAt) {}
