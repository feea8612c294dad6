package org.ourown.members;

import java.time.Instant;
import java.util.UUID;

/** A referral as the member and the staff who may read it see it. */
public record ReferralView(
        UUID id,
        UUID service,
        String serviceName,
        UUID organization,
        String organizationName,
        String note,
        SupportSessionView.Writer madeBy,
        Instant madeAt) {}
