package org.ourown.warmline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What the peer records after a contact. Everything is optional; for the caller's details "declined" is an answer.
 * Nothing clinical: reasons are in the caller's own terms, support is what the peer did.
 */
public record ContactDetails(
        Set<Reason> reasons,
        Set<Support> supportGiven,

        @Size(max = 1000, message = "{warmline.record.resources.size}")
        String resourcesShared,

        Boolean crisisLineMentioned,
        Boolean warmHandoff,
        Answer cameFrom988,

        @Min(value = 1, message = "{warmline.record.feeling.range}")
        @Max(value = 5, message = "{warmline.record.feeling.range}")
        Integer feelingStart,

        @Min(value = 1, message = "{warmline.record.feeling.range}")
        @Max(value = 5, message = "{warmline.record.feeling.range}")
        Integer feelingEnd,

        Diversion diversion,

        @Size(max = 80, message = "{warmline.record.alias.size}")
        String alias,

        Answer repeatCaller,

        @Size(max = 80, message = "{warmline.record.area.size}")
        String area,

        AgeRange ageRange,

        @Size(max = 40, message = "{warmline.record.gender.size}")
        String gender,

        @Size(max = 120, message = "{warmline.record.heardFrom.size}")
        String heardFrom) {

    /** A form with no box ticked sends no reasons and no support: both are then empty, never null. */
    public ContactDetails {
        reasons = reasons == null ? Set.of() : reasons;
        supportGiven = supportGiven == null ? Set.of() : supportGiven;
    }

    public static ContactDetails empty() {
        return new ContactDetails(
                Set.of(), Set.of(), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public enum Reason {
        LONELINESS,
        RELATIONSHIPS,
        HOUSING,
        WORK_MONEY,
        PHYSICAL_HEALTH,
        SUBSTANCE_USE,
        EMOTIONAL_DISTRESS,
        INFORMATION,
        OTHER
    }

    public enum Support {
        LISTENING,
        SHARING_EXPERIENCE,
        RESOURCES,
        PROBLEM_SOLVING
    }

    public enum Answer {
        YES,
        NO,
        DECLINED
    }

    /** "What would you have done if this line were not here?" */
    public enum Diversion {
        EMERGENCY_ROOM,
        CALL_911,
        CRISIS_LINE,
        NOTHING,
        OTHER,
        DECLINED
    }

    public enum AgeRange {
        UNDER_18,
        AGE_18_24,
        AGE_25_34,
        AGE_35_44,
        AGE_45_54,
        AGE_55_64,
        AGE_65_PLUS,
        DECLINED
    }
}
