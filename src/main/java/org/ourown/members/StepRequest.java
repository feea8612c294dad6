package org.ourown.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record StepRequest(
        @NotBlank(message = "{roadmap.step.wording.required}")
        @Size(max = 200, message = "{roadmap.step.wording.tooLong}")
        String wording) {}
