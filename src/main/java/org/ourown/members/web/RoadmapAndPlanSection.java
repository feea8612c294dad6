package org.ourown.members.web;

import java.util.List;
import org.ourown.members.MemberRecord;
import org.ourown.members.PlanSectionView;
import org.ourown.members.RecordPart;
import org.ourown.members.Roadmaps;
import org.ourown.members.WellnessPlans;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The staff view of the member's roadmap and the wellness plan sections they shared with the reader, read-only. Each
 * part shown is read through the facade, so each goes on the member's access log; parts not shared are not shown.
 */
@Component
@Order(20)
class RoadmapAndPlanSection implements RecordSection {

    private final Roadmaps roadmaps;
    private final WellnessPlans plans;

    RoadmapAndPlanSection(Roadmaps roadmaps, WellnessPlans plans) {
        this.roadmaps = roadmaps;
        this.plans = plans;
    }

    @Override
    public Fragment fill(MemberRecord record, Model model) {
        boolean roadmap = record.readable().contains(RecordPart.ROADMAP);
        boolean anyPlan = record.readable().stream().anyMatch(RecordPart::isPlanSection);
        if (!roadmap && !anyPlan) {
            return null;
        }
        if (roadmap) {
            model.addAttribute("sharedRoadmap", roadmaps.of(record.id(), record.purpose()));
        }
        List<PlanSectionView> sections = anyPlan ? plans.of(record.id(), record.purpose()) : List.of();
        model.addAttribute("sharedPlan", sections);
        return new Fragment("members/roadmap-and-plan-record", "record");
    }
}
