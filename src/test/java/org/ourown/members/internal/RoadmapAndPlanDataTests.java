package org.ourown.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.members.AboutMe;
import org.ourown.members.CheckInRequest;
import org.ourown.members.GoalRequest;
import org.ourown.members.MemberFixtures;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.members.PlanAnswers;
import org.ourown.members.PlanSection;
import org.ourown.members.PlanSectionView;
import org.ourown.members.Roadmap;
import org.ourown.members.Roadmaps;
import org.ourown.members.StepRequest;
import org.ourown.members.WellnessPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Erasure leaves no roadmap or plan text of the member anywhere; export carries all of it, JSON and printable. */
@SpringBootTest
class RoadmapAndPlanDataTests {

    private static final List<String> TABLES =
            List.of("roadmap_goal", "roadmap_step", "roadmap_check_in", "roadmap_about", "plan_answer");

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    WellnessPlans plans;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Memberships memberships;

    @Autowired
    List<MemberDataEraser> erasers;

    @Autowired
    List<MemberDataExport> exports;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TemplateEngine templates;

    @Test
    void erasureDeletesEveryRoadmapAndPlanRowOfTheMemberAndNoOneElses() {
        OrganizationId home = tenants.organization("Erase Plans");
        Member member = fixtures.member(home);
        Member neighbour = fixtures.member(home);
        write(member, "Marigold");
        write(neighbour, "Juniper");
        assertThat(rowsWith("Marigold")).isEqualTo(5);

        RoadmapAndPlanEraser eraser = erasers.stream()
                .filter(RoadmapAndPlanEraser.class::isInstance)
                .map(RoadmapAndPlanEraser.class::cast)
                .findFirst()
                .orElseThrow();
        transactions.executeWithoutResult(status -> eraser.erase(member.id()));

        assertThat(rowsWith("Marigold")).isZero();
        for (String table : TABLES) {
            assertThat(jdbc.sql("select count(*) from members." + table + " where membership_id = :m")
                            .param("m", member.id().value())
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(rowsWith("Juniper")).isEqualTo(5);
    }

    @Test
    void exportCarriesTheRoadmapAndEveryPlanSectionAndPrintsThem() {
        Member member = fixtures.member(tenants.organization("Export Plans"));
        write(member, "Saffron");
        MembershipRow row = memberships.find(member.id()).orElseThrow();

        MemberDataExport.ExportPart roadmap = part(row, "roadmap");
        assertThat(roadmap.data()).isInstanceOfSatisfying(Roadmap.class, data -> {
            assertThat(data.about().strengths()).isEqualTo("Saffron strengths");
            assertThat(data.goals().get(0).steps())
                    .extracting(Roadmap.Step::wording)
                    .containsExactly("Saffron step");
            assertThat(data.goals().get(0).checkIns()).hasSize(1);
        });
        MemberDataExport.ExportPart plan = part(row, "wellnessPlan");
        assertThat(plan.order()).isGreaterThan(roadmap.order());
        @SuppressWarnings("unchecked")
        List<PlanSectionView> sections = (List<PlanSectionView>) plan.data();
        assertThat(sections).extracting(PlanSectionView::section).containsExactly(PlanSection.values());
        assertThat(sections.get(PlanSection.CRISIS.ordinal()).answers()).containsEntry("helps", "Saffron answer");

        assertThat(print(roadmap))
                .contains("Saffron goal", "Saffron step", "Saffron check-in", "Saffron strengths", "Roadmap");
        assertThat(print(plan)).contains("Saffron answer", "Crisis plan", "Wellness toolbox", "Not written yet.");
    }

    private MemberDataExport.ExportPart part(MembershipRow row, String name) {
        return exports.stream()
                .map(export -> export.export(row))
                .filter(part -> part.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String print(MemberDataExport.ExportPart part) {
        String[] fragment = part.printFragment().split(" :: ");
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("part", part.data());
        return templates.process(fragment[0], Set.of(fragment[1]), context);
    }

    private void write(Member member, String word) {
        TestTenants.as(member.account(), () -> {
            Roadmap.Goal goal = roadmaps.addGoal(new GoalRequest(word + " goal", null, null));
            roadmaps.addStep(goal.id(), new StepRequest(word + " step"));
            roadmaps.checkIn(goal.id(), new CheckInRequest(fixtures.today(member), word + " check-in", 3));
            roadmaps.updateAbout(new AboutMe(word + " strengths", null));
            return plans.write(PlanSection.CRISIS, new PlanAnswers(Map.of("helps", word + " answer")));
        });
    }

    /** Rows in any roadmap or plan table whose text holds the word. */
    private long rowsWith(String word) {
        long rows = 0;
        for (String table : TABLES) {
            rows += jdbc.sql("select count(*) from members." + table + " t where t::text like :word")
                    .param("word", "%" + word + "%")
                    .query(Long.class)
                    .single();
        }
        return rows;
    }
}
