package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.directory.DirectoryFixtures;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class NotesPagesTests {

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
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    Member member;
    RequestPostProcessor asPeer;
    RequestPostProcessor asMember;

    @BeforeEach
    void people() {
        home = tenants.organization("Notes Pages");
        peer = tenants.person(home, Role.PEER);
        member = members.member(home, "Juniper");
        asPeer = authentication(TestTenants.signedIn(peer));
        asMember = authentication(TestTenants.signedIn(member.account()));
    }

    @Test
    void aPeerRecordsASessionTheFormSaysTheMemberWillReadIt() throws Exception {
        mvc.perform(get("/members/{id}/sessions/new", member.id()).with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The member will read this note")))
                .andExpect(content().string(containsString("Going along with them somewhere")));

        mvc.perform(post("/members/{id}/sessions", member.id())
                        .with(asPeer)
                        .with(csrf())
                        .param("heldOn", members.today(member).toString())
                        .param("minutes", "0")
                        .param("kind", "PHONE")
                        .param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the note")))
                .andExpect(content().string(containsString("from 1 to 720 minutes")));
        mvc.perform(post("/members/{id}/sessions", member.id())
                        .with(asPeer)
                        .with(csrf())
                        .param("heldOn", members.today(member).plusDays(2).toString())
                        .param("minutes", "30")
                        .param("kind", "PHONE")
                        .param("note", "Tomorrow's call."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a day that has not come yet")));
        assertThat(notes.rows("support_session", member)).isZero();

        mvc.perform(post("/members/{id}/sessions", member.id())
                        .with(asPeer)
                        .with(csrf())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .param("heldOn", members.today(member).toString())
                        .param("minutes", "40")
                        .param("kind", "PHONE")
                        .param("place", "")
                        .param("note", "Juniper <b>chose</b> the art group."))
                .andExpect(redirectedUrlPattern("/members/" + member.id() + "/sessions/*?purpose=ONE_TO_ONE_SUPPORT"));
        assertThat(notes.rows("support_session", member)).isOne();

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Juniper &lt;b&gt;chose&lt;/b&gt; the art group.")))
                .andExpect(content().string(containsString("Phone call, 40 minutes")))
                .andExpect(content().string(containsString("/members/" + member.id() + "/sessions/new")))
                .andExpect(content().string(containsString("/members/" + member.id() + "/referrals/new")));
    }

    @Test
    void afterADayTheNoteStaysAndACorrectionFollowsIt() throws Exception {
        SupportSessionView saved = notes.session(member, peer, "What we said on the day.");
        String page = "/members/" + member.id() + "/sessions/" + saved.id();
        mvc.perform(get(page).param("purpose", "ONE_TO_ONE_SUPPORT").with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change this note")))
                .andExpect(content()
                        .string(containsString("You can change it until "
                                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                        .format(saved.editableUntil()
                                                .atZone(java.time.ZoneId.of("America/New_York"))))));

        jdbc.sql("update members.support_session set created_at = created_at - interval '25 hours' where id = :id")
                .param("id", saved.id())
                .update();
        mvc.perform(post(page)
                        .with(asPeer)
                        .with(csrf())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .param("heldOn", saved.heldOn().toString())
                        .param("minutes", "45")
                        .param("kind", "IN_PERSON")
                        .param("note", "Rewritten afterwards."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("more than 24 hours ago")))
                .andExpect(content().string(not(containsString("Save the changes"))));
        mvc.perform(post(page + "/corrections")
                        .with(asPeer)
                        .with(csrf())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .param("text", "We met at the library, not the drop-in."))
                .andExpect(redirectedUrl(page + "?purpose=ONE_TO_ONE_SUPPORT"));

        mvc.perform(get("/me/notes").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What we said on the day.")))
                .andExpect(content().string(containsString("We met at the library, not the drop-in.")))
                .andExpect(content().string(containsString("Correction by " + peer.displayName() + " (peer)")))
                .andExpect(content().string(not(containsString("Rewritten afterwards."))));
    }

    @Test
    void theMemberReadsEveryNoteAndAnswersIt() throws Exception {
        StaffView otherPeer = tenants.person(home, Role.PEER);
        SupportSessionView saved = notes.session(member, otherPeer, "Juniper wants to try the warm line.");

        mvc.perform(get("/me/notes").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Juniper wants to try the warm line.")))
                .andExpect(content().string(containsString("Written by " + otherPeer.displayName() + " (peer)")));

        mvc.perform(post("/me/notes/{s}/response", saved.id())
                        .with(asMember)
                        .with(csrf())
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write your response")));
        assertThat(notes.rows("session_response", member)).isZero();

        mvc.perform(post("/me/notes/{s}/response", saved.id())
                        .with(asMember)
                        .with(csrf())
                        .param("text", "Yes, evenings are best for me."))
                .andExpect(redirectedUrl("/me/notes#note-" + saved.id()));

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "KEEPING_IN_TOUCH")
                        .with(asPeer))
                .andExpect(content().string(not(containsString("Juniper wants to try the warm line."))))
                .andExpect(content().string(containsString("1 more note by other staff, not shared with you.")));
        mvc.perform(get("/members/{id}/sessions/{s}", member.id(), saved.id())
                        .param("purpose", "KEEPING_IN_TOUCH")
                        .with(asPeer))
                .andExpect(status().isForbidden());

        members.shareWith(member, peer, RecordPart.NOTES);
        mvc.perform(get("/members/{id}/sessions/{s}", member.id(), saved.id())
                        .param("purpose", "KEEPING_IN_TOUCH")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, evenings are best for me.")))
                .andExpect(content().string(not(containsString("Add a correction"))));
    }

    @Test
    void aReferralWithoutConsentExplainsWhatToAskAndSavesNothing() throws Exception {
        String name = "Harbor " + UUID.randomUUID().toString().substring(0, 6);
        DirectoryFixtures.Listing harbor = directory.listing(home, name);

        mvc.perform(get("/members/{id}/referrals/new", member.id())
                        .param("q", name)
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(harbor.service().toString())));

        mvc.perform(post("/members/{id}/referrals", member.id())
                        .with(asPeer)
                        .with(csrf())
                        .param("service", harbor.service().toString())
                        .param("note", "Juniper would like a visit."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The member has not shared with " + name)))
                .andExpect(content().string(containsString("/me/consents")));
        assertThat(notes.rows("referral", member)).isZero();

        notes.shareWithOtherOrganization(member, harbor.organization());
        mvc.perform(post("/members/{id}/referrals", member.id())
                        .with(asPeer)
                        .with(csrf())
                        .param("service", harbor.service().toString())
                        .param("note", "Juniper would like a visit."))
                .andExpect(redirectedUrl("/members/" + member.id() + "?purpose=REFERRAL"));
        assertThat(notes.rows("referral", member)).isOne();

        mvc.perform(get("/me/notes").with(asMember))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Juniper would like a visit.")));
        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "REFERRAL")
                        .with(asPeer))
                .andExpect(content().string(containsString("Juniper would like a visit.")));
    }
}
