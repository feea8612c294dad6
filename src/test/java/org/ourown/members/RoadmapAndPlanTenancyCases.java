package org.ourown.members;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.tenancy.TenancyCases;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Goals and steps belong to one member: another member of the same organization, and staff of any organization, get
 * 404 for them and change nothing. The wellness plan's paths name only a section of the asker's own plan, so staff
 * (who have no plan) get 404 and write nothing, even with a consent that lets them read it.
 */
@Component
class RoadmapAndPlanTenancyCases implements TenancyCases {

    private final MemberFixtures members;
    private final Roadmaps roadmaps;
    private final WellnessPlans plans;

    RoadmapAndPlanTenancyCases(MemberFixtures members, Roadmaps roadmaps, WellnessPlans plans) {
        this.members = members;
        this.roadmaps = roadmaps;
        this.plans = plans;
    }

    /** A goal with one step, written by a new member of the organization. */
    record Goal(UUID id, UUID step) {}

    Goal goalIn(OrganizationId organization) {
        Member member = members.member(organization);
        return TestTenants.as(member.account(), () -> {
            Roadmap.Goal goal = roadmaps.addGoal(new GoalRequest("Someone else's goal", null, null));
            Roadmap.Step step = roadmaps.addStep(goal.id(), new StepRequest("Someone else's step"));
            plans.write(PlanSection.CRISIS, new PlanAnswers(Map.of("helps", "Someone else's answer")));
            return new Goal(goal.id(), step.id());
        });
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        goalCase(cases, "GET", "/me/roadmap/goals/{id}", (path, goal) -> get(path, goal.id()));
        goalCase(
                cases,
                "POST",
                "/me/roadmap/goals/{id}",
                (path, goal) -> post(path, goal.id()).param("wording", "Changed by someone else"));
        goalCase(
                cases,
                "POST",
                "/me/roadmap/goals/{id}/steps",
                (path, goal) -> post(path, goal.id()).param("wording", "Added by someone else"));
        goalCase(
                cases,
                "POST",
                "/me/roadmap/goals/{id}/steps/{step}",
                (path, goal) -> post(path, goal.id(), goal.step()).param("done", "true"));
        goalCase(
                cases,
                "POST",
                "/me/roadmap/goals/{id}/steps/{step}/remove",
                (path, goal) -> post(path, goal.id(), goal.step()));
        goalCase(
                cases,
                "POST",
                "/me/roadmap/goals/{id}/check-ins",
                (path, goal) -> post(path, goal.id())
                        .param(
                                "checkedOn",
                                java.time.LocalDate.now().minusDays(1).toString())
                        .param("howItIsGoing", "Written by someone else"));
        goalCase(
                cases,
                "POST",
                "/me/roadmap/goals/{id}/archive",
                (path, goal) -> post(path, goal.id()).param("archived", "true"));

        apiGoalCases(cases);
        cases.add(Case.notFound("GET", "/me/plan/{section}", t -> get("/me/plan/{section}", "crisis")));
        cases.add(Case.notFound(
                "POST",
                "/me/plan/{section}",
                t -> post("/me/plan/{section}", "crisis").param("answers[helps]", "Written by staff")));
        cases.add(Case.notFound("GET", "/api/me/plan/{section}", t -> get("/api/me/plan/{section}", "crisis")));
        cases.add(Case.notFound(
                "PUT",
                "/api/me/plan/{section}",
                t -> put("/api/me/plan/{section}", "crisis")
                        .contentType("application/json")
                        .content("{\"answers\": {\"helps\": \"Written by staff\"}}")));
        cases.add(Case.notFoundForMember(
                "PUT",
                "/api/me/plan/{section}",
                t -> put("/api/me/plan/{section}", "no-such-section")
                        .contentType("application/json")
                        .content("{\"answers\": {\"helps\": \"Nowhere\"}}")));
        return cases;
    }

    private void apiGoalCases(List<Case> cases) {
        goalCase(cases, "GET", "/api/me/roadmap/goals/{goal}", (path, goal) -> get(path, goal.id()));
        goalCase(
                cases,
                "PUT",
                "/api/me/roadmap/goals/{goal}",
                (path, goal) -> json(put(path, goal.id()), "{\"wording\": \"Changed by someone else\"}"));
        goalCase(
                cases,
                "PUT",
                "/api/me/roadmap/goals/{goal}/archived",
                (path, goal) -> json(put(path, goal.id()), "{\"archived\": true}"));
        goalCase(
                cases,
                "POST",
                "/api/me/roadmap/goals/{goal}/steps",
                (path, goal) -> json(post(path, goal.id()), "{\"wording\": \"Added by someone else\"}"));
        goalCase(
                cases,
                "PUT",
                "/api/me/roadmap/goals/{goal}/steps/{step}/done",
                (path, goal) -> json(put(path, goal.id(), goal.step()), "{\"done\": true}"));
        goalCase(
                cases,
                "DELETE",
                "/api/me/roadmap/goals/{goal}/steps/{step}",
                (path, goal) -> delete(path, goal.id(), goal.step()));
        goalCase(
                cases,
                "POST",
                "/api/me/roadmap/goals/{goal}/check-ins",
                (path, goal) -> json(
                        post(path, goal.id()),
                        "{\"checkedOn\": \"" + java.time.LocalDate.now().minusDays(1)
                                + "\", \"howItIsGoing\": \"Written by someone else\"}"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body);
    }

    /** As a member against another member's goal in the same organization; as staff against another organization's. */
    private void goalCase(
            List<Case> cases,
            String method,
            String pattern,
            BiFunction<String, Goal, MockHttpServletRequestBuilder> request) {
        cases.add(Case.notFoundForMember(method, pattern, t -> request.apply(pattern, goalIn(t.home()))));
        cases.add(Case.notFound(method, pattern, t -> request.apply(pattern, goalIn(t.other()))));
    }
}
