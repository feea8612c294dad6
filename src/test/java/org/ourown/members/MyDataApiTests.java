package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
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

/** The access log, the export and erasure over the API. */
@SpringBootTest
@AutoConfigureMockMvc
class MyDataApiTests {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures members;

    @Autowired
    NotesFixtures notes;

    @Autowired
    SupportSessions sessions;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;
    Member member;

    @BeforeEach
    void people() {
        home = tenants.organization("My Data Api");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
        member = members.member(home, "Sasha");
    }

    @Test
    void theAccessLogGivesTheFactsAndTheSentenceInTheCallersLanguage() throws Exception {
        notes.session(member, peer, "We met at the drop-in.");
        members.shareWith(member, coordinator, RecordPart.NOTES);
        TestTenants.as(coordinator, () -> sessions.onRecord(member.id(), Purpose.ONE_TO_ONE_SUPPORT));

        mvc.perform(get("/api/me/access-log").with(as(member.account())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].who").value(coordinator.displayName()))
                .andExpect(jsonPath("$.items[0].roles[0]").value("COORDINATOR"))
                .andExpect(jsonPath("$.items[0].organizationName").value("My Data Api"))
                .andExpect(jsonPath("$.items[0].action").value("READ"))
                .andExpect(jsonPath("$.items[0].recordType").value("member-notes"))
                .andExpect(jsonPath("$.items[0].what").value("your notes"))
                .andExpect(jsonPath("$.items[0].purpose").value("ONE_TO_ONE_SUPPORT"))
                .andExpect(jsonPath("$.items[0].on").exists())
                .andExpect(jsonPath("$.items[0].at").exists())
                .andExpect(jsonPath("$.items[0].sentence").value(containsString(coordinator.displayName() + " (")))
                .andExpect(jsonPath("$.items[0].sentence").value(containsString("viewed your notes on")))
                .andExpect(jsonPath("$.items[0].sentence").value(containsString("one-to-one support")))
                .andExpect(jsonPath("$.items[*].action").value(hasItem("CREATE")));
        mvc.perform(get("/api/me/access-log").header("Accept-Language", "es").with(as(member.account())))
                .andExpect(jsonPath("$.items[0].what").value("sus notas"))
                .andExpect(jsonPath("$.items[0].sentence").value(containsString("consultó sus notas el")))
                .andExpect(jsonPath("$.items[0].sentence").value(containsString("apoyo individual")));
        mvc.perform(get("/api/me/access-log").param("page", "0").with(as(member.account())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors.page").value("Pages are numbered from 1."));
    }

    @Test
    void theMemberTakesTheirWholeRecordAway() throws Exception {
        notes.session(member, peer, "Export me.");
        mvc.perform(get("/api/me/export").with(as(member.account())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exportedAt").exists())
                .andExpect(content().string(containsString("Export me.")))
                .andExpect(content().string(containsString("Sasha")));
        assertThat(notes.audited(member, "member-export", "EXPORT")).isOne();
    }

    @Test
    void theMemberAsksWithdrawsAndAsksAgainAndACoordinatorConfirms() throws Exception {
        RequestPostProcessor me = as(member.account());
        mvc.perform(get("/api/me/erasure").with(me))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/me/erasure").with(me))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alias").value("Sasha"))
                .andExpect(jsonPath("$.member").value(member.id().toString()));
        mvc.perform(post("/api/me/erasure").with(me))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.rule").value("erasure.alreadyAsked"))
                .andExpect(jsonPath("$.detail").value(containsString("You have already asked.")));
        mvc.perform(get("/api/me/erasure").with(me))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alias").value("Sasha"));

        mvc.perform(delete("/api/me/erasure").with(me)).andExpect(status().isNoContent());
        mvc.perform(get("/api/me/erasure").with(me)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/me/erasure").with(me))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/members/erasures").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].alias").value(not(hasItem("Sasha"))));

        mvc.perform(post("/api/me/erasure").with(me)).andExpect(status().isCreated());
        mvc.perform(get("/api/members/erasures").with(as(peer)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/members/erasures/{id}/confirm", member.id()).with(as(peer)))
                .andExpect(status().isForbidden());
        assertThat(memberships()).isOne();
        mvc.perform(get("/api/members/erasures").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].alias").value(hasItem("Sasha")));
        mvc.perform(post("/api/members/erasures/{id}/confirm", member.id()).with(as(coordinator)))
                .andExpect(status().isNoContent());
        assertThat(memberships()).isZero();
        mvc.perform(post("/api/members/erasures/{id}/confirm", member.id()).with(as(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    private long memberships() {
        return jdbc.sql("select count(*) from members.membership where id = :id")
                .param("id", member.id().value())
                .query(Long.class)
                .single();
    }

    private static RequestPostProcessor as(StaffView person) {
        return httpBasic(person.email(), TestTenants.PASSWORD);
    }
}
