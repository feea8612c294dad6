package org.ourown.members.internal;

import org.ourown.members.MembershipId;
import org.springframework.stereotype.Component;

/** On a confirmed erasure: every goal, step, check-in, "about me" and plan answer of the member, gone. */
@Component
class RoadmapAndPlanEraser implements MemberDataEraser {

    private final RoadmapRows roadmap;
    private final PlanRows plan;

    RoadmapAndPlanEraser(RoadmapRows roadmap, PlanRows plan) {
        this.roadmap = roadmap;
        this.plan = plan;
    }

    @Override
    public void erase(MembershipId member) {
        roadmap.eraseAll(member);
        plan.eraseAll(member);
    }
}
