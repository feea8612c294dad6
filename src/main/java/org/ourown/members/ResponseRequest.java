package org.ourown.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The member's own words beside a note about them. */
public record ResponseRequest(
        @NotBlank(message = "{session.response.required}") @Size(max = 4000, message = "{session.note.size}")
        String text) {}
