package org.ourown.warmline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.ourown.warmline.ContactDetails.Diversion;

/**
 * The visitor's answers, each optional.
 *
 * @param feelingBefore 1 (very low) to 5 (very well), before the chat
 * @param feelingAfter the same, now
 * @param diversion "If this line had not been here, what would you have done?" (the contact record's values)
 */
public record SurveyAnswers(
        @Min(value = 1, message = "{warmline.survey.feeling.range}")
        @Max(value = 5, message = "{warmline.survey.feeling.range}")
        Integer feelingBefore,

        @Min(value = 1, message = "{warmline.survey.feeling.range}")
        @Max(value = 5, message = "{warmline.survey.feeling.range}")
        Integer feelingAfter,

        FeltHeard feltHeard,
        Diversion diversion) {

    public boolean isEmpty() {
        return feelingBefore == null && feelingAfter == null && feltHeard == null && diversion == null;
    }

    public static SurveyAnswers none() {
        return new SurveyAnswers(null, null, null, null);
    }

    public enum FeltHeard {
        YES,
        SOMEWHAT,
        NO
    }
}
