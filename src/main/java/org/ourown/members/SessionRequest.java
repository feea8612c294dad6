package org.ourown.members;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A one-to-one support session as a peer records it, with the member. The note is written for the member to read.
 *
 * @param heldOn the day it happened, not later than today where the organization is
 * @param place where it happened, optional
 */
public record SessionRequest(
        @NotNull(message = "{session.heldOn.required}") LocalDate heldOn,

        @NotNull(message = "{session.minutes.required}")
        @Min(value = 1, message = "{session.minutes.range}")
        @Max(value = 720, message = "{session.minutes.range}")
        Integer minutes,

        @NotNull(message = "{session.kind.required}") SessionKind kind,
        @Size(max = 200, message = "{session.place.size}") String place,

        @NotBlank(message = "{session.note.required}") @Size(max = 4000, message = "{session.note.size}")
        String note) {}
