package org.ourown.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction that follows a note; the note stays as it was. */
public record CorrectionRequest(
        @NotBlank(message = "{session.correction.required}") @Size(max = 4000, message = "{session.note.size}")
        String text) {}
