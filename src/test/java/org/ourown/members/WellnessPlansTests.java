package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ourown.members.RoadmapsTests.as;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class WellnessPlansTests {

    @Autowired
    WellnessPlans plans;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    Member member;
    StaffView peer;

    @BeforeEach
    void setUp() {
        home = tenants.organization("Plans");
        member = fixtures.member(home, "Wren");
        peer = tenants.person(home, Role.PEER);
    }

    @Test
    void theMemberWritesASectionAndBlankAnswersAreRemoved() {
        PlanSectionView written = as(
                member,
                () -> plans.write(
                        PlanSection.CRISIS,
                        new PlanAnswers(Map.of("supporters", "Jo, 555 0101", "helps", " Quiet room ", "stepIn", " "))));
        assertThat(written.answers())
                .containsExactly(Map.entry("supporters", "Jo, 555 0101"), Map.entry("helps", "Quiet room"));
        assertThat(written.changedAt()).isNotNull();

        as(member, () -> plans.write(PlanSection.CRISIS, new PlanAnswers(Map.of("supporters", "Jo", "helps", ""))));
        PlanSectionView crisis = as(member, () -> plans.mine(PlanSection.CRISIS));
        assertThat(crisis.answers()).containsExactly(Map.entry("supporters", "Jo"));
        assertThat(answerRows()).isEqualTo(1);

        List<PlanSectionView> all = as(member, plans::mine);
        assertThat(all).extracting(PlanSectionView::section).containsExactly(PlanSection.values());
        assertThat(all.get(0).answers()).isEmpty();
    }

    @Test
    void questionsTheSectionDoesNotAskAndOverlongAnswersAreRefused() {
        as(member, () -> plans.write(PlanSection.TOOLBOX, new PlanAnswers(Map.of("tools", "Walks"))));
        assertThatThrownBy(() -> as(
                        member,
                        () -> plans.write(PlanSection.TOOLBOX, new PlanAnswers(Map.of("supporters", "Not here")))))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> as(
                        member,
                        () -> plans.write(PlanSection.TOOLBOX, new PlanAnswers(Map.of("tools", "x".repeat(4001))))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as(member, () -> plans.write(PlanSection.TOOLBOX, new PlanAnswers(null))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(as(member, () -> plans.mine(PlanSection.TOOLBOX)).answers()).isEqualTo(Map.of("tools", "Walks"));
    }

    @Test
    void nobodyButTheMemberCanWriteTheirPlan() {
        as(member, () -> plans.write(PlanSection.DAILY, new PlanAnswers(Map.of("everyDay", "Tea at eight"))));
        fixtures.shareWith(member, peer, RecordPart.planSections().toArray(RecordPart[]::new));
        StaffView everyRole = tenants.person(home, Role.ADMIN, Role.COORDINATOR, Role.PEER, Role.MEMBER);
        StaffView elsewhere = tenants.person(tenants.organization("Elsewhere Plans"), Role.ADMIN);
        Member another = fixtures.member(home, "Another");
        for (StaffView staff : List.of(peer, everyRole, elsewhere)) {
            assertThatThrownBy(() -> as(
                            staff,
                            () -> plans.write(PlanSection.DAILY, new PlanAnswers(Map.of("everyDay", "Changed")))))
                    .isInstanceOf(NotFound.class);
        }
        // Another member writing writes only their own plan.
        as(another, () -> plans.write(PlanSection.DAILY, new PlanAnswers(Map.of("everyDay", "Their own"))));
        assertThat(as(member, () -> plans.mine(PlanSection.DAILY)).answers())
                .isEqualTo(Map.of("everyDay", "Tea at eight"));
        assertThat(as(another, () -> plans.mine(PlanSection.DAILY)).answers())
                .isEqualTo(Map.of("everyDay", "Their own"));
        assertThat(answerRows()).isEqualTo(1);
    }

    @Test
    void staffReadOnlyTheSharedSectionsEachReadAudited() {
        as(member, () -> plans.write(PlanSection.CRISIS, new PlanAnswers(Map.of("helps", "Dim lights"))));
        as(member, () -> plans.write(PlanSection.TOOLBOX, new PlanAnswers(Map.of("tools", "Guitar"))));
        assertThat(as(peer, () -> plans.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isEmpty();
        assertThat(reads(RecordPart.PLAN_CRISIS)).isZero();

        fixtures.shareWith(member, peer, RecordPart.PLAN_CRISIS, RecordPart.PLAN_TRIGGERS);
        List<PlanSectionView> read = as(peer, () -> plans.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT));
        assertThat(read).extracting(PlanSectionView::section).containsExactly(PlanSection.TRIGGERS, PlanSection.CRISIS);
        assertThat(read.get(1).answers()).isEqualTo(Map.of("helps", "Dim lights"));
        assertThat(reads(RecordPart.PLAN_CRISIS)).isEqualTo(1);
        assertThat(reads(RecordPart.PLAN_TRIGGERS)).isEqualTo(1);
        assertThat(reads(RecordPart.PLAN_TOOLBOX)).isZero();

        StaffView elsewhere = tenants.person(tenants.organization("Elsewhere Reads"), Role.PEER);
        assertThatThrownBy(() -> as(elsewhere, () -> plans.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isInstanceOf(NotFound.class);
        Member another = fixtures.member(home);
        assertThatThrownBy(() -> as(another, () -> plans.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isInstanceOf(NotFound.class);
        assertThat(reads(RecordPart.PLAN_CRISIS)).isEqualTo(1);
    }

    private long reads(RecordPart part) {
        return jdbc.sql("select count(*) from audit.entry where person_id = :m and record_type = :type"
                        + " and action = 'READ' and purpose = 'ONE_TO_ONE_SUPPORT'")
                .param("m", member.id().value())
                .param("type", part.recordType())
                .query(Long.class)
                .single();
    }

    private long answerRows() {
        return jdbc.sql("select count(*) from members.plan_answer where membership_id = :m")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }
}
