package org.ourown.members.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.ourown.members.ReferralRequest;

/** The referral form as posted: a service chosen from the directory, and a note for the member and the service. */
record ReferralForm(
        @NotNull(message = "{referral.service.required}") UUID service,
        @Size(max = 2000, message = "{referral.note.size}") String note) {

    ReferralRequest request() {
        return new ReferralRequest(service, note);
    }
}
