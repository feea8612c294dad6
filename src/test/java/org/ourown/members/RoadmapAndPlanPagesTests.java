package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class RoadmapAndPlanPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberWritesAGoalWithStepsAndCheckInsAndPrintsTheRoadmap() throws Exception {
        Member member = fixtures.member(tenants.organization("Pages Roadmap"));
        RequestPostProcessor me = authentication(TestTenants.signedIn(member.account()));

        mvc.perform(get("/me/roadmap").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have not written a goal yet")))
                .andExpect(content().string(containsString("Nobody but you.")));

        mvc.perform(post("/me/roadmap/goals").with(me).with(csrf()).param("wording", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fix these:")))
                .andExpect(content().string(containsString("Write your goal in a few words.")));
        mvc.perform(post("/me/roadmap/goals").with(me).with(csrf()).param("wording", "x".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep the goal to 300 characters or fewer.")));
        assertThat(rows("roadmap_goal", member)).isZero();

        String location = mvc.perform(post("/me/roadmap/goals")
                        .with(me)
                        .with(csrf())
                        .param("wording", "Swim once a week")
                        .param("whatHelps", "A friend who swims"))
                .andExpect(flash().attribute("notice", "roadmap.goal.added"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID goal = UUID.fromString(location.substring("/me/roadmap/goals/".length()));

        mvc.perform(post("/me/roadmap/goals/{id}/steps", goal)
                        .with(me)
                        .with(csrf())
                        .param("wording", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the step in a few words.")));
        for (String step : new String[] {"Find the pool", "Buy goggles"}) {
            mvc.perform(post("/me/roadmap/goals/{id}/steps", goal)
                            .with(me)
                            .with(csrf())
                            .param("wording", step))
                    .andExpect(redirectedUrl(location));
        }
        UUID pool = jdbc.sql("select id from members.roadmap_step where wording = 'Find the pool' and goal_id = :g")
                .param("g", goal)
                .query(UUID.class)
                .single();
        mvc.perform(post("/me/roadmap/goals/{id}/steps/{step}", goal, pool)
                        .with(me)
                        .with(csrf())
                        .param("done", "true"))
                .andExpect(redirectedUrl(location));

        mvc.perform(post("/me/roadmap/goals/{id}/check-ins", goal)
                        .with(me)
                        .with(csrf())
                        .param("checkedOn", fixtures.today(member).plusDays(1).toString())
                        .param("howItIsGoing", "Went on Monday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The day cannot be later than today.")));
        mvc.perform(post("/me/roadmap/goals/{id}/check-ins", goal)
                        .with(me)
                        .with(csrf())
                        .param("checkedOn", fixtures.today(member).toString())
                        .param("howItIsGoing", "")
                        .param("scale", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write a few words about how it is going.")))
                .andExpect(content().string(containsString("Choose a number from 1 to 5, or no number.")));
        assertThat(rows("roadmap_check_in", member)).isZero();
        mvc.perform(post("/me/roadmap/goals/{id}/check-ins", goal)
                        .with(me)
                        .with(csrf())
                        .param("checkedOn", fixtures.today(member).toString())
                        .param("howItIsGoing", "Went on Monday")
                        .param("scale", "4"))
                .andExpect(redirectedUrl(location));

        mvc.perform(get(location).with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of 2 steps done")))
                .andExpect(content().string(containsString("Went on Monday")))
                .andExpect(content().string(containsString("4 of 5")));
        mvc.perform(get("/me/roadmap").with(me))
                .andExpect(content().string(containsString("Swim once a week")))
                .andExpect(content().string(containsString("1 of 2 steps done")));
        mvc.perform(get("/me/roadmap/print").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My roadmap, to print")))
                .andExpect(content().string(containsString("A friend who swims")))
                .andExpect(content().string(containsString("Buy goggles")))
                .andExpect(content().string(containsString("Went on Monday")));

        mvc.perform(post("/me/roadmap/about").with(me).with(csrf()).param("strengths", "y".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep this to 2000 characters or fewer.")));
        mvc.perform(post("/me/roadmap/about").with(me).with(csrf()).param("whatHelps", "Morning light"))
                .andExpect(redirectedUrl("/me/roadmap"));
        mvc.perform(get("/me/roadmap").with(me)).andExpect(content().string(containsString("Morning light")));

        mvc.perform(post("/me/roadmap/goals/{id}/archive", goal)
                        .with(me)
                        .with(csrf())
                        .param("archived", "true"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get("/me/roadmap").with(me)).andExpect(content().string(containsString("Goals I have set aside")));
        mvc.perform(post("/me/roadmap/goals/{id}/steps/{step}/remove", goal, pool)
                        .with(me)
                        .with(csrf()))
                .andExpect(redirectedUrl(location));
        assertThat(rows("roadmap_step", member)).isOne();
    }

    @Test
    void aMemberWritesAPlanSectionAndSeesWhoItIsSharedWith() throws Exception {
        OrganizationId home = tenants.organization("Pages Plan");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        RequestPostProcessor me = authentication(TestTenants.signedIn(member.account()));

        mvc.perform(get("/me/plan").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/me/plan/warning-signs")))
                .andExpect(content().string(containsString("Not written yet")));
        mvc.perform(get("/me/plan/crisis").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People I do not want involved")))
                .andExpect(content().string(containsString("name=\"answers[notInvolved]\"")))
                .andExpect(content().string(containsString("Nobody but you.")))
                .andExpect(content().string(containsString("/me/consents?part=PLAN_CRISIS")));

        mvc.perform(post("/me/plan/crisis")
                        .with(me)
                        .with(csrf())
                        .param("answers[helps]", "x".repeat(4001))
                        .param("answers[supporters]", "Jo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep each answer to 4000 characters or fewer.")));
        assertThat(rows("plan_answer", member)).isZero();

        mvc.perform(post("/me/plan/crisis")
                        .with(me)
                        .with(csrf())
                        .param("answers[helps]", "A quiet room and tea")
                        .param("answers[supporters]", "Jo, my neighbour"))
                .andExpect(redirectedUrl("/me/plan/crisis"))
                .andExpect(flash().attribute("notice", "plan.saved"));
        fixtures.shareWith(member, peer, RecordPart.PLAN_CRISIS);

        mvc.perform(get("/me/plan/crisis").with(me))
                .andExpect(content().string(containsString("A quiet room and tea")))
                .andExpect(content().string(containsString(peer.displayName())))
                .andExpect(content().string(not(containsString("Nobody but you."))));
        mvc.perform(get("/me/plan/toolbox").with(me)).andExpect(content().string(containsString("Nobody but you.")));
        mvc.perform(get("/me/plan/print").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My wellness plan, to print")))
                .andExpect(content().string(containsString("Jo, my neighbour")))
                .andExpect(content().string(containsString("Early warning signs")));
        mvc.perform(get("/me/plan/no-such-section").with(me)).andExpect(status().isNotFound());
    }

    @Test
    void staffCannotWriteAPlanThroughThePages() throws Exception {
        OrganizationId home = tenants.organization("Pages Plan Staff");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER, Role.COORDINATOR, Role.MEMBER);
        fixtures.shareWith(member, peer, RecordPart.PLAN_CRISIS);
        mvc.perform(post("/me/plan/crisis")
                        .with(authentication(TestTenants.signedIn(peer)))
                        .with(csrf())
                        .param("answers[helps]", "Written by staff"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from members.plan_answer where answer = 'Written by staff'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void staffSeeOnlyTheSharedPartsOnTheRecordAndEachReadIsAudited() throws Exception {
        OrganizationId home = tenants.organization("Pages Plan Record");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        RequestPostProcessor me = authentication(TestTenants.signedIn(member.account()));
        mvc.perform(post("/me/roadmap/goals").with(me).with(csrf()).param("wording", "Garden in spring"));
        mvc.perform(post("/me/plan/crisis").with(me).with(csrf()).param("answers[helps]", "Being outdoors"));
        mvc.perform(post("/me/plan/toolbox").with(me).with(csrf()).param("answers[tools]", "Secret toolbox"));
        RequestPostProcessor asPeer = authentication(TestTenants.signedIn(peer));

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Garden in spring"))))
                .andExpect(content().string(not(containsString("Being outdoors"))));
        assertThat(reads(member)).isZero();

        fixtures.shareWith(member, peer, RecordPart.ROADMAP, RecordPart.PLAN_CRISIS);
        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Garden in spring")))
                .andExpect(content().string(containsString("Being outdoors")))
                .andExpect(content().string(containsString("Crisis plan")))
                .andExpect(content().string(not(containsString("Secret toolbox"))))
                .andExpect(content().string(not(containsString("Wellness toolbox"))))
                .andExpect(content().string(not(containsString("<textarea"))));
        assertThat(reads(member)).isEqualTo(2);
        assertThat(jdbc.sql("select record_type from audit.entry where person_id = :m and action = 'READ'"
                                + " and record_type in ('member-roadmap', 'member-plan-crisis')")
                        .param("m", member.id().value())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("member-roadmap", "member-plan-crisis");
    }

    private long rows(String table, Member member) {
        return jdbc.sql("select count(*) from members." + table + " where membership_id = :m")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }

    private long reads(Member member) {
        return jdbc.sql("select count(*) from audit.entry where person_id = :m and action = 'READ'"
                        + " and (record_type = 'member-roadmap' or record_type like 'member-plan-%')")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }
}
