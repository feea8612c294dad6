package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MovableClock;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A coordinator reads a chat's words only while the line keeps them, for a purpose, and every read is audited. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WarmlineClock.class)
class WarmlineTranscriptsTests {

    private static final String TRANSCRIPT = "warmline-transcript";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    BoardFixtures chats;

    @Autowired
    MovableClock clock;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;

    @BeforeEach
    void people() {
        clock.reset();
        home = tenants.organization("Transcript Home");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
    }

    @Test
    void onADayLineTheCoordinatorChoosesAPurposeReadsTheWordsAndEachReadIsAudited() throws Exception {
        VisitorChat chat = chats.endedChat(
                fixtures.line(home, true, Retention.ONE_DAY), peer, "The marigolds wilted", "Tell me about them");

        assertThat(page(coordinator, "/warmline/console/transcripts"))
                .contains("/warmline/console/transcripts/" + chat.id())
                .contains("View transcript");
        assertThat(page(coordinator, "/warmline/console/transcripts/" + chat.id()))
                .contains("Why are you reading it?")
                .contains("Block this visitor")
                .doesNotContain("marigolds");
        assertThat(chats.audited(TRANSCRIPT, chat.id())).isZero();

        assertThat(page(coordinator, "/warmline/console/transcripts/" + chat.id() + "?purpose=SUPPORTING_THE_PEER"))
                .contains("The marigolds wilted")
                .contains("Tell me about them")
                .contains("This reading is recorded");
        assertThat(chats.audited(TRANSCRIPT, chat.id(), "SUPPORTING_THE_PEER")).isOne();

        mvc.perform(as(coordinator, get("/api/warmline/transcripts/{id}", chat.id()))
                        .param("purpose", "CONSIDERING_A_BLOCK"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kept").value(true))
                .andExpect(jsonPath("$.chat").value(chat.id().toString()))
                .andExpect(jsonPath("$.messages[?(@.body == 'The marigolds wilted')]")
                        .exists());
        assertThat(chats.audited(TRANSCRIPT, chat.id(), "CONSIDERING_A_BLOCK")).isOne();

        mvc.perform(as(coordinator, get("/api/warmline/transcripts/{id}", chat.id())))
                .andExpect(status().isBadRequest());
        mvc.perform(as(
                        peer,
                        get("/warmline/console/transcripts/{id}", chat.id()).param("purpose", "PEER_ASKED")))
                .andExpect(status().isForbidden());
        mvc.perform(as(peer, get("/warmline/console/transcripts"))).andExpect(status().isForbidden());
        assertThat(chats.audited(TRANSCRIPT, chat.id())).isEqualTo(2);
    }

    @Test
    void aChatOnALineThatKeepsNothingHasNoTranscriptToReadAndNoReadIsAudited() throws Exception {
        VisitorChat chat = chats.endedChat(fixtures.line(home, true), peer, "Quince jam on Sundays", "Lovely");

        assertThat(page(coordinator, "/warmline/console/transcripts")).contains("Details (transcript no longer kept)");
        assertThat(page(coordinator, "/warmline/console/transcripts/" + chat.id() + "?purpose=SUPPORTING_THE_PEER"))
                .contains("The transcript is no longer kept.")
                .doesNotContain("Quince");
        mvc.perform(as(coordinator, get("/api/warmline/transcripts/{id}", chat.id()))
                        .param("purpose", "SUPPORTING_THE_PEER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kept").value(false))
                .andExpect(jsonPath("$.messages").isEmpty());
        assertThat(chats.audited(TRANSCRIPT, chat.id())).isZero();
    }

    private String page(StaffView person, String path) throws Exception {
        return mvc.perform(as(person, get(path)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder as(StaffView person, MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestTenants.signedIn(person)));
    }
}
