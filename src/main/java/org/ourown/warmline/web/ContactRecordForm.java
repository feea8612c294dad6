package org.ourown.warmline.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.ContactDetails.AgeRange;
import org.ourown.warmline.ContactDetails.Answer;
import org.ourown.warmline.ContactDetails.Diversion;
import org.ourown.warmline.ContactDetails.Reason;
import org.ourown.warmline.ContactDetails.Support;

/** The contact record form; every field may stay empty. */
record ContactRecordForm(
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

    static ContactRecordForm of(ContactDetails d) {
        return new ContactRecordForm(
                d.reasons(),
                d.supportGiven(),
                d.resourcesShared(),
                d.crisisLineMentioned(),
                d.warmHandoff(),
                d.cameFrom988(),
                d.feelingStart(),
                d.feelingEnd(),
                d.diversion(),
                d.alias(),
                d.repeatCaller(),
                d.area(),
                d.ageRange(),
                d.gender(),
                d.heardFrom());
    }

    ContactDetails details() {
        return new ContactDetails(
                reasons == null ? Set.of() : reasons,
                supportGiven == null ? Set.of() : supportGiven,
                resourcesShared,
                crisisLineMentioned,
                warmHandoff,
                cameFrom988,
                feelingStart,
                feelingEnd,
                diversion,
                alias,
                repeatCaller,
                area,
                ageRange,
                gender,
                heardFrom);
    }
}
