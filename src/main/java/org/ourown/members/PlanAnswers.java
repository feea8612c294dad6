package org.ourown.members;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The member's answers to one section's prompts, by prompt key. A blank answer clears it; a key the section does not
 * ask is refused.
 */
public record PlanAnswers(
        @NotNull(message = "{plan.answers.required}")
        Map<String, @Size(max = 4000, message = "{plan.answer.tooLong}") String> answers) {}
