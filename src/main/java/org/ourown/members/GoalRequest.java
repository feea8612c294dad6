package org.ourown.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A goal as the member words it; strengths and what helps are optional. */
public record GoalRequest(
        @NotBlank(message = "{roadmap.goal.wording.required}")
        @Size(max = 300, message = "{roadmap.goal.wording.tooLong}")
        String wording,

        @Size(max = 2000, message = "{roadmap.text.tooLong}")
        String strengths,

        @Size(max = 2000, message = "{roadmap.text.tooLong}")
        String whatHelps) {

    public static GoalRequest blank() {
        return new GoalRequest(null, null, null);
    }
}
