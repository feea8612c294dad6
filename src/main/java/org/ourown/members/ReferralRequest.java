package org.ourown.members;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A referral of a member to a service in the directory. */
public record ReferralRequest(
        @NotNull(message = "{referral.service.required}") UUID service,
        @Size(max = 2000, message = "{referral.note.size}") String note) {}
