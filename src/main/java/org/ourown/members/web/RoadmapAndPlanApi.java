package org.ourown.members.web;

import jakarta.validation.Valid;
import org.ourown.members.GoalRequest;
import org.ourown.members.PlanAnswers;
import org.ourown.members.PlanSection;
import org.ourown.members.PlanSectionView;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.ourown.members.WellnessPlans;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The member's roadmap and wellness plan over JSON, through the same facades as the pages. */
@RestController
@RequestMapping("/api/me")
class RoadmapAndPlanApi {

    private final Roadmaps roadmaps;
    private final WellnessPlans plans;

    RoadmapAndPlanApi(Roadmaps roadmaps, WellnessPlans plans) {
        this.roadmaps = roadmaps;
        this.plans = plans;
    }

    @GetMapping("/roadmap")
    Roadmap roadmap() {
        return roadmaps.mine();
    }

    @PostMapping("/roadmap/goals")
    @ResponseStatus(HttpStatus.CREATED)
    Roadmap.Goal addGoal(@Valid @RequestBody GoalRequest goal) {
        return roadmaps.addGoal(goal);
    }

    /** The section by its slug, e.g. {@code crisis}; an unknown slug is 404. */
    @GetMapping("/plan/{section}")
    PlanSectionView section(@PathVariable String section) {
        return plans.mine(PlanSection.bySlug(section));
    }

    @PutMapping("/plan/{section}")
    PlanSectionView write(@PathVariable String section, @Valid @RequestBody PlanAnswers answers) {
        return plans.write(PlanSection.bySlug(section), answers);
    }
}
