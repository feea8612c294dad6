package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
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
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class RoadmapsTests {

    @Autowired
    Roadmaps roadmaps;

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
        home = tenants.organization("Roadmaps");
        member = fixtures.member(home, "Rowan");
        peer = tenants.person(home, Role.PEER);
    }

    @Test
    void theMemberWritesTheirRoadmapAndReadsItBack() {
        Roadmap.Goal goal =
                as(member, () -> roadmaps.addGoal(new GoalRequest("  Walk by the river  ", "Stubborn", " ")));
        assertThat(goal.wording()).isEqualTo("Walk by the river");
        assertThat(goal.whatHelps()).isNull();

        Roadmap.Step shoes = as(member, () -> roadmaps.addStep(goal.id(), new StepRequest("Find my shoes")));
        Roadmap.Step map = as(member, () -> roadmaps.addStep(goal.id(), new StepRequest("Look at a map")));
        as(member, () -> roadmaps.addStep(goal.id(), new StepRequest("Ask a friend")));
        run(member, () -> roadmaps.markStep(goal.id(), shoes.id(), true));
        run(member, () -> roadmaps.removeStep(goal.id(), map.id()));
        as(
                member,
                () -> roadmaps.checkIn(
                        goal.id(), new CheckInRequest(fixtures.today(member), "Went twice this week", 4)));
        as(member, () -> roadmaps.updateAbout(new AboutMe("I keep going", "Music")));
        as(
                member,
                () -> roadmaps.rewordGoal(
                        goal.id(), new GoalRequest("Walk by the river on Sundays", null, "Rain coat")));

        Roadmap mine = as(member, roadmaps::mine);
        assertThat(mine.about()).isEqualTo(new AboutMe("I keep going", "Music"));
        Roadmap.Goal read = mine.goals().get(0);
        assertThat(read.wording()).isEqualTo("Walk by the river on Sundays");
        assertThat(read.whatHelps()).isEqualTo("Rain coat");
        assertThat(read.steps()).extracting(Roadmap.Step::wording).containsExactly("Find my shoes", "Ask a friend");
        assertThat(read.stepsDone()).isEqualTo(1);
        assertThat(read.checkIns()).singleElement().satisfies(c -> {
            assertThat(c.howItIsGoing()).isEqualTo("Went twice this week");
            assertThat(c.scale()).isEqualTo(4);
        });

        run(member, () -> roadmaps.archiveGoal(goal.id(), true));
        Roadmap archived = as(member, roadmaps::mine);
        assertThat(archived.current()).isEmpty();
        assertThat(archived.archived()).extracting(Roadmap.Goal::id).containsExactly(goal.id());
        run(member, () -> roadmaps.archiveGoal(goal.id(), false));
        assertThat(as(member, roadmaps::mine).current()).hasSize(1);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Roadmap.Goal goal = as(member, () -> roadmaps.addGoal(new GoalRequest("Sleep well", null, null)));
        assertThatThrownBy(() -> as(member, () -> roadmaps.addGoal(new GoalRequest(" ", null, null))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as(member, () -> roadmaps.addGoal(new GoalRequest("x".repeat(301), null, null))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as(member, () -> roadmaps.addStep(goal.id(), new StepRequest(""))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> as(
                        member,
                        () -> roadmaps.checkIn(
                                goal.id(),
                                new CheckInRequest(fixtures.today(member).plusDays(2), "Later", null))))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> as(
                        member, () -> roadmaps.checkIn(goal.id(), new CheckInRequest(fixtures.today(member), "Hm", 6))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(count("roadmap_goal")).isEqualTo(1);
        assertThat(count("roadmap_step")).isZero();
        assertThat(count("roadmap_check_in")).isZero();
    }

    @Test
    void staffReadOnlyWithConsentAndEachReadIsAudited() {
        as(member, () -> roadmaps.addGoal(new GoalRequest("Cook on Fridays", null, null)));
        assertThatThrownBy(() -> as(peer, () -> roadmaps.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reads()).isZero();

        fixtures.shareWith(member, peer, RecordPart.ROADMAP);
        Roadmap read = as(peer, () -> roadmaps.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT));
        assertThat(read.goals()).extracting(Roadmap.Goal::wording).containsExactly("Cook on Fridays");
        assertThat(reads()).isEqualTo(1);
        as(peer, () -> roadmaps.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT));
        assertThat(reads()).isEqualTo(2);

        StaffView otherPeer = tenants.person(home, Role.PEER);
        assertThatThrownBy(() -> as(otherPeer, () -> roadmaps.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isInstanceOf(AccessDeniedException.class);
        StaffView elsewhere = tenants.person(tenants.organization("Elsewhere"), Role.PEER);
        assertThatThrownBy(() -> as(elsewhere, () -> roadmaps.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isInstanceOf(NotFound.class);
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void staffCannotWriteEvenWithConsent() {
        Roadmap.Goal goal = as(member, () -> roadmaps.addGoal(new GoalRequest("Call my sister", null, null)));
        fixtures.shareWith(member, peer, RecordPart.ROADMAP);
        StaffView coordinator = tenants.person(home, Role.COORDINATOR, Role.ADMIN, Role.MEMBER);
        for (StaffView staff : new StaffView[] {peer, coordinator}) {
            assertThatThrownBy(() -> as(staff, () -> roadmaps.addGoal(new GoalRequest("Theirs", null, null))))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> as(staff, () -> roadmaps.rewordGoal(goal.id(), new GoalRequest("x", null, null))))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> as(staff, () -> roadmaps.addStep(goal.id(), new StepRequest("x"))))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> run(staff, () -> roadmaps.archiveGoal(goal.id(), true)))
                    .isInstanceOf(NotFound.class);
        }
        assertThat(as(member, roadmaps::mine).goals()).singleElement().satisfies(g -> {
            assertThat(g.wording()).isEqualTo("Call my sister");
            assertThat(g.steps()).isEmpty();
            assertThat(g.archived()).isFalse();
        });
    }

    @Test
    void anotherMembersGoalsAreNotFound() {
        Roadmap.Goal goal = as(member, () -> roadmaps.addGoal(new GoalRequest("Paint again", null, null)));
        Roadmap.Step step = as(member, () -> roadmaps.addStep(goal.id(), new StepRequest("Buy brushes")));
        Member other = fixtures.member(home, "Other");
        assertThatThrownBy(() -> as(other, () -> roadmaps.goal(goal.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(other, () -> roadmaps.rewordGoal(goal.id(), new GoalRequest("x", null, null))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(other, () -> roadmaps.addStep(goal.id(), new StepRequest("x"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(other, () -> roadmaps.markStep(goal.id(), step.id(), true)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(other, () -> roadmaps.removeStep(goal.id(), step.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(
                        other, () -> roadmaps.checkIn(goal.id(), new CheckInRequest(fixtures.today(other), "x", null))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(other, () -> roadmaps.archiveGoal(goal.id(), true)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(other, () -> roadmaps.of(member.id(), Purpose.ONE_TO_ONE_SUPPORT)))
                .isInstanceOf(NotFound.class);
        Roadmap.Goal after = as(member, () -> roadmaps.goal(goal.id()));
        assertThat(after).isEqualTo(as(member, () -> roadmaps.goal(goal.id())));
        assertThat(after.wording()).isEqualTo("Paint again");
        assertThat(after.steps()).containsExactly(step);
        assertThat(after.checkIns()).isEmpty();
        assertThat(as(other, roadmaps::mine).goals()).isEmpty();
    }

    private long reads() {
        return jdbc.sql("select count(*) from audit.entry where person_id = :m and record_type = 'member-roadmap'"
                        + " and action = 'READ' and purpose = 'ONE_TO_ONE_SUPPORT'")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from members." + table + " where membership_id = :m")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }

    static <T> T as(Member member, java.util.function.Supplier<T> work) {
        return TestTenants.as(member.account(), work);
    }

    static <T> T as(StaffView person, java.util.function.Supplier<T> work) {
        return TestTenants.as(person, work);
    }

    static void run(Member member, Runnable work) {
        run(member.account(), work);
    }

    static void run(StaffView person, Runnable work) {
        TestTenants.as(person, () -> {
            work.run();
            return null;
        });
    }
}
