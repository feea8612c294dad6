package org.ourown.members;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A consent the member grants.
 *
 * @param person the staff account named, when {@code grantee} is {@link GranteeKind#PERSON}
 * @param otherOrganization the directory organization named, when {@code grantee} is
 *     {@link GranteeKind#OTHER_ORGANIZATION}
 * @param endsOn the last day it holds (inclusive), or null until revoked
 */
public record ConsentRequest(
        @NotNull(message = "{consent.grantee.required}") GranteeKind grantee,
        UUID person,
        UUID otherOrganization,
        @NotEmpty(message = "{consent.parts.required}") Set<RecordPart> parts,
        @NotNull(message = "{consent.purpose.required}") Purpose purpose,
        @NotNull(message = "{consent.startsOn.required}") LocalDate startsOn,
        LocalDate endsOn) {}
