package org.ourown.members;

import jakarta.validation.Valid;
import java.util.List;

/**
 * The member's wellness plan. Only the member writes it, nobody else, ever. Staff read a section only while a
 * consent covers that section's {@link RecordPart}; each read goes on the member's access log.
 */
public interface WellnessPlans {

    /** Every section of the signed-in member's plan, in order, answered or not. */
    List<PlanSectionView> mine();

    PlanSectionView mine(PlanSection section);

    /** Replaces the section's answers with these; blank answers are removed. */
    PlanSectionView write(PlanSection section, @Valid PlanAnswers answers);

    /** Staff: the sections the member has shared with the reader, each read for the purpose (each audited). */
    List<PlanSectionView> of(MembershipId member, Purpose purpose);
}
