package org.ourown.members.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ourown.members.ConsentRequest;
import org.ourown.members.GranteeKind;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.springframework.format.annotation.DateTimeFormat;

/** The consent form as posted: dates arrive as ISO text from date inputs. */
record ConsentForm(
        @NotNull(message = "{consent.grantee.required}") GranteeKind grantee,
        UUID person,
        UUID otherOrganization,
        @NotEmpty(message = "{consent.parts.required}") Set<RecordPart> parts,
        @NotNull(message = "{consent.purpose.required}") Purpose purpose,

        @NotNull(message = "{consent.startsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    ConsentRequest request() {
        return new ConsentRequest(grantee, person, otherOrganization, parts, purpose, startsOn, endsOn);
    }
}
