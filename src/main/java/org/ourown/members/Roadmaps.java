package org.ourown.members;

import jakarta.validation.Valid;
import java.util.UUID;

/**
 * The member's roadmap, written by the member alone. Staff read it only while a consent covers
 * {@link RecordPart#ROADMAP}, and each read goes on the member's access log. A goal or step id that is not the
 * signed-in member's own answers {@link org.ourown.shared.NotFound}.
 */
public interface Roadmaps {

    Roadmap mine();

    Roadmap.Goal goal(UUID goal);

    Roadmap.Goal addGoal(@Valid GoalRequest request);

    Roadmap.Goal rewordGoal(UUID goal, @Valid GoalRequest request);

    /** Archived goals stay on the roadmap, set aside; the member can bring them back. */
    void archiveGoal(UUID goal, boolean archived);

    Roadmap.Step addStep(UUID goal, @Valid StepRequest request);

    void markStep(UUID goal, UUID step, boolean done);

    void removeStep(UUID goal, UUID step);

    Roadmap.CheckIn checkIn(UUID goal, @Valid CheckInRequest request);

    AboutMe updateAbout(@Valid AboutMe about);

    /** Today where the member's organization is, the default day of a check-in. */
    java.time.LocalDate today();

    /** Staff: the member's roadmap, read for a purpose (audited); refused without consent. */
    Roadmap of(MembershipId member, Purpose purpose);
}
