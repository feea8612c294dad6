package org.ourown.demo;

import java.util.Map;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.SystemTask;
import org.ourown.members.AboutMe;
import org.ourown.members.CheckInRequest;
import org.ourown.members.GoalRequest;
import org.ourown.members.Members;
import org.ourown.members.MembershipId;
import org.ourown.members.PlanAnswers;
import org.ourown.members.PlanSection;
import org.ourown.members.Purpose;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.ourown.members.SessionKind;
import org.ourown.members.SessionRequest;
import org.ourown.members.StepRequest;
import org.ourown.members.SupportSessions;
import org.ourown.members.WellnessPlans;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The demo member's record, written the way it is in life: the member writes their roadmap and a plan section
 * themselves; their peer writes a note of a session and opens the record for one-to-one support, which is what the
 * member then finds in their access log.
 */
@Component
@Conditional(DemoCondition.class)
class DemoMemberRecord {

    private final Roadmaps roadmaps;
    private final WellnessPlans plans;
    private final SupportSessions sessions;
    private final Members members;

    DemoMemberRecord(Roadmaps roadmaps, WellnessPlans plans, SupportSessions sessions, Members members) {
        this.roadmaps = roadmaps;
        this.plans = plans;
        this.sessions = sessions;
        this.members = members;
    }

    void writtenByTheMember(CurrentUser member) {
        SystemTask.runAs(member, () -> {
            Roadmap.Goal goal = roadmaps.addGoal(new GoalRequest(
                    "Get back to walking by the river most mornings",
                    "I keep going when I have a plan",
                    "Company, and a warm coat"));
            roadmaps.addStep(goal.id(), new StepRequest("Find my boots"));
            roadmaps.addStep(goal.id(), new StepRequest("Walk to the bridge and back twice this week"));
            Roadmap.Goal started = roadmaps.goal(goal.id());
            roadmaps.markStep(goal.id(), started.steps().get(0).id(), true);
            roadmaps.checkIn(
                    goal.id(), new CheckInRequest(roadmaps.today(), "Went once. Cold, but I felt better after.", 3));
            roadmaps.updateAbout(new AboutMe("I listen well and I don't give up", "Music, my dog, a quiet room"));
            return plans.write(
                    PlanSection.TOOLBOX,
                    new PlanAnswers(Map.of(
                            "tools", "Walking, calling my sister, cooking something simple",
                            "tryOut", "The Tuesday writing group")));
        });
    }

    void writtenAndReadByTheirPeer(CurrentUser peer, MembershipId member) {
        SystemTask.runAs(peer, () -> {
            sessions.record(
                    member,
                    new SessionRequest(
                            sessions.today(member).minusDays(1),
                            50,
                            SessionKind.IN_PERSON,
                            "Drop-in center",
                            "We talked about the walking goal. Jordan found the boots and wants company on"
                                    + " Thursdays; I said I would ask who else walks."));
            members.open(member, Purpose.ONE_TO_ONE_SUPPORT);
            sessions.onRecord(member, Purpose.ONE_TO_ONE_SUPPORT);
            roadmaps.of(member, Purpose.ONE_TO_ONE_SUPPORT);
            return plans.of(member, Purpose.ONE_TO_ONE_SUPPORT);
        });
    }
}
