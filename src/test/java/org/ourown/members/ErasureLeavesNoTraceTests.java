package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.MvcSession;
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

/**
 * The promise of erasure, checked the hard way: a member leaves distinctive words in every place the app keeps, a
 * coordinator confirms the erasure, and then every column of every table in every schema is searched for them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErasureLeavesNoTraceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    WellnessPlans plans;

    @Autowired
    SupportSessions sessions;

    @Autowired
    Referrals referrals;

    @Autowired
    NotesFixtures notes;

    @Autowired
    org.ourown.directory.DirectoryFixtures directory;

    @Test
    void afterAnErasureNoColumnOfAnyTableHoldsTheAliasOrAnythingTheMemberWrote() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        OrganizationId home = tenants.organization("No Trace");
        StaffView peer = tenants.person(home, Role.PEER);
        StaffView coordinator = tenants.person(home, Role.COORDINATOR);
        Member member = fixtures.member(home, "Zephyrine" + tag);

        List<String> texts =
                new ArrayList<>(List.of(member.alias(), member.account().email()));
        texts.addAll(everythingAbout(member, peer, tag));
        for (String text : texts) {
            assertThat(placesHolding(text))
                    .as("before the erasure, somewhere holds " + text)
                    .isNotEmpty();
        }
        assertThat(sessionsOf(member)).isPositive();

        mvc.perform(post("/me/erase")
                        .with(authentication(TestTenants.signedIn(member.account())))
                        .with(csrf())
                        .param("understood", "true"))
                .andExpect(redirectedUrl("/me/erase"));
        mvc.perform(post("/members/erasures/{id}/confirm", member.id())
                        .with(authentication(TestTenants.signedIn(coordinator)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/members/erasures"));

        for (String text : texts) {
            assertThat(placesHolding(text))
                    .as("after the erasure, columns holding " + text)
                    .isEmpty();
        }
        assertThat(sessionsOf(member)).isZero();
        assertThat(jdbc.sql("select count(*) from members.erasure where organization_id = :org")
                        .param("org", home.value())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    /**
     * Everything the member (and the staff who work with them) can put into the app about them, written through the
     * same facades and pages a person uses, each with a distinctive text; returns those texts.
     *
     * <p>ADD HERE, as each part arrives: a kiosk visit, warm line contact or survey answer the member linked to
     * themselves. Write a text containing {@code tag} and add it to the list.
     */
    private List<String> everythingAbout(Member member, StaffView peer, String tag) throws Exception {
        List<String> texts = new ArrayList<>();
        String pronouns = "xe" + tag;
        String language = "Lumerian" + tag;
        String email = "zephyrine" + tag + "@example.test";
        TestTenants.as(
                member.account(),
                () -> members.updateMine(
                        new MemberProfile(member.alias(), pronouns, language, ContactMethod.EMAIL, email, false)));
        texts.addAll(List.of(pronouns, language, email));
        texts.addAll(roadmapAndPlan(member, tag));
        texts.addAll(notesAndReferral(member, peer, tag));

        // Consents name the people the member trusts; the peer then reads, which the trail records.
        fixtures.shareWith(member, peer, RecordPart.CONTACT, RecordPart.NOTES);
        fixtures.shareWithOrganization(member, RecordPart.ROADMAP);
        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isOk());

        // The member signs in for real (their session is stored) and takes their data away.
        MvcSession session = new MvcSession(mvc);
        session.perform(post("/login")
                        .with(csrf())
                        .param("email", member.account().email())
                        .param("password", TestTenants.PASSWORD))
                .andExpect(redirectedUrl("/"));
        session.perform(get("/me")).andExpect(status().isOk());
        session.perform(get("/me/export.json")).andExpect(status().isOk());
        session.perform(get("/me/access-log")).andExpect(status().isOk());
        return texts;
    }

    /** A goal with its strengths, a step and a check-in, the roadmap's "about me", and one plan section. */
    private List<String> roadmapAndPlan(Member member, String tag) {
        List<String> texts = List.of(
                "Walk by the river " + tag,
                "patient " + tag,
                "morning light " + tag,
                "Buy boots " + tag,
                "Went twice " + tag,
                "I listen well " + tag,
                "a quiet room " + tag,
                "Calling my sister " + tag);
        TestTenants.as(member.account(), () -> {
            Roadmap.Goal goal = roadmaps.addGoal(new GoalRequest(texts.get(0), texts.get(1), texts.get(2)));
            roadmaps.addStep(goal.id(), new StepRequest(texts.get(3)));
            roadmaps.checkIn(goal.id(), new CheckInRequest(roadmaps.today(), texts.get(4), 4));
            roadmaps.updateAbout(new AboutMe(texts.get(5), texts.get(6)));
            return plans.write(PlanSection.TOOLBOX, new PlanAnswers(java.util.Map.of("tools", texts.get(7))));
        });
        return texts;
    }

    /** A peer's note, its correction and the member's response; a referral with a note, under consent. */
    private List<String> notesAndReferral(Member member, StaffView peer, String tag) {
        List<String> texts = List.of(
                "We talked about the garden " + tag,
                "It was Tuesday, not Monday " + tag,
                "Yes, and the tomatoes " + tag,
                "Please call about a bed " + tag);
        SupportSessionView note = notes.session(member, peer, texts.get(0));
        TestTenants.as(peer, () -> sessions.correct(member.id(), note.id(), new CorrectionRequest(texts.get(1))));
        TestTenants.as(member.account(), () -> sessions.respond(note.id(), new ResponseRequest(texts.get(2))));
        org.ourown.directory.DirectoryFixtures.Listing respite =
                directory.listing(member.organization(), "Respite " + UUID.randomUUID());
        notes.shareWithOtherOrganization(member, respite.organization());
        TestTenants.as(peer, () -> referrals.refer(member.id(), new ReferralRequest(respite.service(), texts.get(3))));
        return texts;
    }

    /** Every column of every table of every schema (text of any kind, arrays, json, bytea as UTF-8) holding it. */
    private List<String> placesHolding(String text) {
        List<String> places = new ArrayList<>();
        List<Column> columns = jdbc.sql("select c.table_schema, c.table_name, c.column_name, c.data_type"
                        + " from information_schema.columns c join information_schema.tables t"
                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                        + " where t.table_type = 'BASE TABLE'"
                        + " and c.table_schema not in ('pg_catalog', 'information_schema')")
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(columns).extracting(Column::schema).contains("members", "accounts", "audit", "platform");
        for (Column column : columns) {
            String match = "bytea".equals(column.type())
                    ? "position(convert_to(:text, 'UTF8') in " + column.quoted() + ") > 0"
                    : "strpos(lower(" + column.quoted() + "::text), lower(:text)) > 0";
            long rows = jdbc.sql("select count(*) from " + column.table() + " where " + match)
                    .param("text", text)
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                places.add(column.schema() + "." + column.name() + "." + column.column());
            }
        }
        return places;
    }

    private long sessionsOf(Member member) {
        return jdbc.sql("select count(*) from platform.spring_session where principal_name = :name")
                .param("name", member.account().id().toString())
                .query(Long.class)
                .single();
    }

    private record Column(String schema, String name, String column, String type) {

        String table() {
            return '"' + schema + "\".\"" + name + '"';
        }

        String quoted() {
            return '"' + column + '"';
        }
    }
}
