package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The visitor's survey at the end of a chat: once per chat, optional answers, the chat's secret required. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineSurveyTests {

    private static final String SECRET_COOKIE = "ourown-chat";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    PeerConsole console;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVisitorAnswersOnceAndTheAnswersKeepNoLinkToTheChat() throws Exception {
        StaffView peer = peer("Survey Org");
        VisitorChat chat = ended(peer);
        Cookie secret = new Cookie(SECRET_COOKIE, chat.secret());

        mvc.perform(get("/warmline/chat/{id}", chat.id()).cookie(secret))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("If this line had not been here")))
                .andExpect(content().string(Matchers.containsString("value=\"skip\"")));

        mvc.perform(post("/warmline/chat/{id}/survey", chat.id())
                        .cookie(secret)
                        .with(csrf())
                        .param("feelingBefore", "2")
                        .param("feelingAfter", "4")
                        .param("feltHeard", "SOMEWHAT")
                        .param("diversion", "CRISIS_LINE")
                        .param("action", "send"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/warmline/chat/" + chat.id()));

        Map<String, Object> row = jdbc.sql("select * from warmline.survey where organization_id = :o")
                .param("o", peer.organization().value())
                .query()
                .singleRow();
        assertThat(((Number) row.get("feeling_before")).intValue()).isEqualTo(2);
        assertThat(((Number) row.get("feeling_after")).intValue()).isEqualTo(4);
        assertThat(row)
                .containsEntry("felt_heard", "SOMEWHAT")
                .containsEntry("diversion", "CRISIS_LINE")
                .containsEntry("answered_on", java.sql.Date.valueOf(LocalDate.now(ZoneId.of("America/New_York"))))
                .doesNotContainKeys("chat_id", "visitor_hash", "created_at");
        assertThat(taken(chat)).isTrue();

        mvc.perform(get("/warmline/chat/{id}", chat.id()).cookie(secret))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("If this line had not been here"))));
        mvc.perform(get("/warmline/chat/{id}/survey", chat.id()).cookie(secret))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This chat&#39;s questions have already")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"skip\""))));
        mvc.perform(post("/warmline/chat/{id}/survey", chat.id())
                        .cookie(secret)
                        .with(csrf())
                        .param("feelingBefore", "5"))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "This chat&#39;s questions have already been answered or skipped")));
        mvc.perform(post("/api/warmline/chats/{id}/survey", chat.id())
                        .header("X-Chat-Secret", chat.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feelingBefore\": 5}"))
                .andExpect(status().isConflict());
        assertThat(surveys(peer.organization())).isEqualTo(1);
    }

    @Test
    void skippingIsAnAnswerTooAndSavesNothing() throws Exception {
        StaffView peer = peer("Skip Org");
        VisitorChat chat = ended(peer);

        mvc.perform(post("/warmline/chat/{id}/survey", chat.id())
                        .cookie(new Cookie(SECRET_COOKIE, chat.secret()))
                        .with(csrf())
                        .param("feelingBefore", "9")
                        .param("action", "skip"))
                .andExpect(status().is3xxRedirection());

        assertThat(taken(chat)).isTrue();
        assertThat(surveys(peer.organization())).isZero();
    }

    @Test
    void badValuesAreRefusedAndNothingIsSaved() throws Exception {
        StaffView peer = peer("Bad Survey Org");
        VisitorChat chat = ended(peer);
        Cookie secret = new Cookie(SECRET_COOKIE, chat.secret());

        mvc.perform(post("/warmline/chat/{id}/survey", chat.id())
                        .cookie(secret)
                        .with(csrf())
                        .param("feelingBefore", "7")
                        .param("diversion", "NOTHING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Please choose a number from 1 to 5.")));
        mvc.perform(post("/warmline/chat/{id}/survey", chat.id())
                        .cookie(secret)
                        .with(csrf())
                        .param("diversion", "ASKED_A_FRIEND"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/warmline/chats/{id}/survey", chat.id())
                        .header("X-Chat-Secret", chat.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feelingAfter\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.feelingAfter").value("Please choose a number from 1 to 5."));
        mvc.perform(post("/api/warmline/chats/{id}/survey", chat.id())
                        .header("X-Chat-Secret", chat.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"diversion\": \"ASKED_A_FRIEND\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(taken(chat)).isFalse();
        assertThat(surveys(peer.organization())).isZero();

        mvc.perform(post("/api/warmline/chats/{id}/survey", chat.id())
                        .header("X-Chat-Secret", chat.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feelingBefore\": 1, \"feltHeard\": \"YES\", \"diversion\": \"DECLINED\"}"))
                .andExpect(status().isNoContent());
        assertThat(surveys(peer.organization())).isEqualTo(1);
    }

    @Test
    void anotherChatsSecretOrAnOpenChatGetsNoSurvey() throws Exception {
        StaffView peer = peer("Secret Survey Org");
        VisitorChat mine = ended(peer);
        VisitorChat theirs = ended(peer);

        mvc.perform(post("/warmline/chat/{id}/survey", mine.id())
                        .cookie(new Cookie(SECRET_COOKIE, theirs.secret()))
                        .with(csrf())
                        .param("feelingBefore", "3"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/warmline/chats/{id}/survey", mine.id())
                        .header("X-Chat-Secret", theirs.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feelingBefore\": 3}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/warmline/chats/{id}/survey", mine.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feelingBefore\": 3}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/warmline/chats/{id}/survey", mine.id()).header("X-Chat-Secret", mine.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));

        VisitorChat open = fixtures.takenBy(peer);
        mvc.perform(post("/api/warmline/chats/{id}/survey", open.id())
                        .header("X-Chat-Secret", open.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feelingBefore\": 3}"))
                .andExpect(status().isConflict());

        assertThat(taken(mine)).isFalse();
        assertThat(taken(open)).isFalse();
        assertThat(surveys(peer.organization())).isZero();
    }

    private StaffView peer(String organization) {
        OrganizationId org = tenants.organization(organization);
        return tenants.person(org, Role.PEER);
    }

    private VisitorChat ended(StaffView peer) {
        VisitorChat chat = fixtures.takenBy(peer);
        TestTenants.as(peer, () -> console.end(chat.id()));
        return chat;
    }

    private boolean taken(VisitorChat chat) {
        return jdbc.sql("select exists (select 1 from warmline.survey_taken where chat_id = :c)")
                .param("c", chat.id().value())
                .query(Boolean.class)
                .single();
    }

    private long surveys(OrganizationId organization) {
        return jdbc.sql("select count(*) from warmline.survey where organization_id = :o")
                .param("o", organization.value())
                .query(Long.class)
                .single();
    }
}
