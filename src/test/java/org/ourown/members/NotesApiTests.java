package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.directory.DirectoryFixtures;
import org.ourown.directory.DirectoryFixtures.Listing;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Support notes and referrals over the API: the same rules as the pages, answered as JSON and problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class NotesApiTests {

    private static final String PROBLEM = "application/problem+json";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures members;

    @Autowired
    NotesFixtures notes;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    Referrals referrals;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView otherPeer;
    Member member;

    @BeforeEach
    void people() {
        clock.reset();
        home = tenants.organization("Notes Api");
        peer = tenants.person(home, Role.PEER);
        otherPeer = tenants.person(home, Role.PEER);
        member = members.member(home, "Quinn");
    }

    @Test
    void theMemberReadsTheirNotesAndReferralsAndAnswersANote() throws Exception {
        SupportSessionView note = notes.session(member, peer, "We planned the week together.");
        Listing listing = directory.listing(
                home, "Api Warm Line " + UUID.randomUUID().toString().substring(0, 6));
        notes.shareWithOtherOrganization(member, listing.organization());
        TestTenants.as(peer, () -> referrals.refer(member.id(), new ReferralRequest(listing.service(), "Evenings")));

        mvc.perform(get("/api/me/notes").with(as(member.account())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[0].id").value(note.id().toString()))
                .andExpect(jsonPath("$.notes[0].note").value("We planned the week together."))
                .andExpect(jsonPath("$.notes[0].author.name").value(peer.displayName()))
                .andExpect(jsonPath("$.notes[0].editable").value(false))
                .andExpect(jsonPath("$.referrals[0].serviceName").value(containsString("Api Warm Line")))
                .andExpect(jsonPath("$.referrals[0].note").value("Evenings"));

        mvc.perform(json(put("/api/me/notes/{session}/response", note.id()), "{\"text\": \"  \"}")
                        .with(as(member.account())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors.text").value("Write your response, or leave this note as it is."));
        assertThat(notes.rows("session_response", member)).isZero();

        mvc.perform(json(put("/api/me/notes/{session}/response", note.id()), "{\"text\": \"I felt heard.\"}")
                        .with(as(member.account())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.response.text").value("I felt heard."));
        mvc.perform(get("/api/me/notes").with(as(member.account())))
                .andExpect(jsonPath("$.notes[0].response.text").value("I felt heard."));
    }

    @Test
    void aPeerRecordsReadsAndListsNotesAndBadInputSavesNothing() throws Exception {
        mvc.perform(json(post("/api/members/{id}/sessions", member.id()), session(0, "", "PHONE"))
                        .with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors.minutes").value("A session lasts from 1 to 720 minutes."))
                .andExpect(jsonPath("$.errors.note").value("Write the note. A few plain words are enough."));
        String tomorrow = members.today(member).plusDays(2).toString();
        mvc.perform(json(
                                post("/api/members/{id}/sessions", member.id()),
                                "{\"heldOn\": \"" + tomorrow + "\", \"minutes\": 30, \"kind\": \"PHONE\","
                                        + " \"note\": \"Not yet.\"}")
                        .with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.heldOn").value(containsString("has not come yet")));
        assertThat(notes.rows("support_session", member)).isZero();

        String location = mvc.perform(json(
                                post("/api/members/{id}/sessions", member.id()),
                                session(40, "Talked about the art group.", "VIDEO"))
                        .with(as(peer)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/members/" + member.id() + "/sessions/")))
                .andExpect(jsonPath("$.note").value("Talked about the art group."))
                .andExpect(jsonPath("$.kind").value("VIDEO"))
                .andExpect(jsonPath("$.editable").value(true))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(notes.rows("support_session", member)).isOne();

        mvc.perform(get(location).param("purpose", "ONE_TO_ONE_SUPPORT").with(as(peer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutes").value(40));
        mvc.perform(get("/api/members/{id}/sessions", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(as(peer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions[0].note").value("Talked about the art group."))
                .andExpect(jsonPath("$.notShared").value(0));
        mvc.perform(get("/api/members/{id}/sessions", member.id()).with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void staffWithoutTheMembersConsentCannotReadSomeoneElsesNote() throws Exception {
        SupportSessionView note = notes.session(member, peer, "Quinn talked about home.");
        long reads = notes.audited(member, RecordPart.NOTES.recordType(), "READ");

        mvc.perform(get("/api/members/{id}/sessions/{session}", member.id(), note.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(as(otherPeer)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(content().string(not(containsString("talked about home"))));
        mvc.perform(get("/api/members/{id}/sessions", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(as(otherPeer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions").isEmpty())
                .andExpect(jsonPath("$.notShared").value(1));
        assertThat(notes.audited(member, RecordPart.NOTES.recordType(), "READ")).isEqualTo(reads);

        members.shareWith(member, otherPeer, RecordPart.NOTES);
        mvc.perform(get("/api/members/{id}/sessions/{session}", member.id(), note.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(as(otherPeer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("Quinn talked about home."));
        assertThat(notes.audited(member, RecordPart.NOTES.recordType(), "READ")).isEqualTo(reads + 1);
    }

    @Test
    void afterTwentyFourHoursTheNoteIsAConflictNamingTheRuleAndOnlyCorrectionsFollow() throws Exception {
        SupportSessionView note = notes.session(member, peer, "First words.");
        String heldOn = note.heldOn().toString();

        clock.advance(Duration.ofHours(23));
        mvc.perform(json(
                                put("/api/members/{id}/sessions/{session}", member.id(), note.id()),
                                "{\"heldOn\": \"" + heldOn + "\", \"minutes\": 50, \"kind\": \"PHONE\","
                                        + " \"note\": \"Words we agreed on.\"}")
                        .with(as(peer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("Words we agreed on."));

        clock.advance(Duration.ofHours(1));
        mvc.perform(json(
                                put("/api/members/{id}/sessions/{session}", member.id(), note.id()),
                                "{\"heldOn\": \"" + heldOn + "\", \"minutes\": 50, \"kind\": \"PHONE\","
                                        + " \"note\": \"Rewritten later.\"}")
                        .with(as(peer)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.rule").value("session.edit.closed"))
                .andExpect(jsonPath("$.detail").value(containsString("more than 24 hours ago")))
                .andExpect(jsonPath("$.errors.note").value(containsString("Add a correction instead.")));
        assertThat(noteText(note)).isEqualTo("Words we agreed on.");

        mvc.perform(json(post("/api/members/{id}/sessions/{session}/corrections", member.id(), note.id()), "{}")
                        .with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.text").exists());
        mvc.perform(json(
                                post("/api/members/{id}/sessions/{session}/corrections", member.id(), note.id()),
                                "{\"text\": \"It was on Monday.\"}")
                        .with(as(peer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").value("Words we agreed on."))
                .andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.corrections[0].text").value("It was on Monday."));
        mvc.perform(json(
                                post("/api/members/{id}/sessions/{session}/corrections", member.id(), note.id()),
                                "{\"text\": \"Not mine to correct.\"}")
                        .with(as(otherPeer)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aReferralWithoutConsentIsAProblemThatNamesTheOrganizationAndSendsNothing() throws Exception {
        String name = "Api Harbor " + UUID.randomUUID().toString().substring(0, 6);
        Listing listing = directory.listing(home, name);
        String body = "{\"service\": \"" + listing.service() + "\", \"note\": \"Weekend stays\"}";

        mvc.perform(json(post("/api/members/{id}/referrals", member.id()), body).with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("has not shared with " + name)))
                .andExpect(jsonPath("$.detail").value(not(containsString("{0}"))))
                .andExpect(jsonPath("$.errors.service").value(containsString("they can name " + name)));
        mvc.perform(json(post("/api/members/{id}/referrals", member.id()), body)
                        .header("Accept-Language", "es")
                        .with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.service").value(containsString("no ha compartido nada con " + name)));
        mvc.perform(json(post("/api/members/{id}/referrals", member.id()), "{\"note\": \"No service\"}")
                        .with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.service").exists());
        assertThat(notes.rows("referral", member)).isZero();

        notes.shareWithOtherOrganization(member, listing.organization());
        mvc.perform(json(post("/api/members/{id}/referrals", member.id()), body).with(as(peer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organizationName").value(startsWith(name)))
                .andExpect(jsonPath("$.note").value("Weekend stays"))
                .andExpect(jsonPath("$.madeBy.name").value(peer.displayName()));
        assertThat(notes.rows("referral", member)).isOne();
        mvc.perform(get("/api/me/notes").with(as(member.account())))
                .andExpect(jsonPath("$.referrals[0].organizationName").value(startsWith(name)));
    }

    private String noteText(SupportSessionView note) {
        return jdbc.sql("select note from members.support_session where id = :id")
                .param("id", note.id())
                .query(String.class)
                .single();
    }

    private static String session(int minutes, String note, String kind) {
        return "{\"heldOn\": \"" + java.time.LocalDate.now().minusDays(1) + "\", \"minutes\": " + minutes
                + ", \"kind\": \"" + kind + "\", \"note\": \"" + note + "\"}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static RequestPostProcessor as(StaffView person) {
        return httpBasic(person.email(), TestTenants.PASSWORD);
    }
}
