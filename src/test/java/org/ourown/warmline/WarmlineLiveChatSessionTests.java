package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The script's message posts prove themselves with the chat's secret cookie: they need no CSRF token and leave the
 * visitor's server session alone (no read, no write in PostgreSQL), while a post without the secret still finds
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineLiveChatSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScriptPostNeedsTheChatSecretButNoTokenAndDoesNotTouchTheSession() throws Exception {
        Line line = fixtures.line(tenants.organization("Live Chat Session Org"), true);
        MockHttpServletResponse page =
                mvc.perform(get("/warmline/{slug}", line.slug())).andReturn().getResponse();
        Cookie session = page.getCookie("SESSION");
        assertThat(session).as("the start form's token lives in a session").isNotNull();
        MockHttpServletResponse started = mvc.perform(
                        post("/warmline/{slug}/chats", line.slug()).with(csrf()).cookie(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        String chatUrl = started.getRedirectedUrl();
        Cookie secret = started.getCookie("ourown-chat");
        String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        // A minute ago: still a live session, and any read or save of it would move this.
        long aMinuteAgo = System.currentTimeMillis() - 60_000;
        jdbc.sql("update platform.spring_session set last_access_time = ? where session_id = ?")
                .param(aMinuteAgo)
                .param(sessionId)
                .update();

        mvc.perform(post(chatUrl + "/messages")
                        .cookie(session)
                        .header("X-Requested-With", "fetch")
                        .param("body", "Hello, is anyone there?"))
                .andExpect(status().isNotFound()); // without the chat's secret
        mvc.perform(post(chatUrl + "/messages")
                        .cookie(session, secret)
                        .header("X-Requested-With", "fetch")
                        .param("body", "Hello, is anyone there?"))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("select count(*) from warmline.chat_message where body = 'Hello, is anyone there?'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select last_access_time from platform.spring_session where session_id = ?")
                        .param(sessionId)
                        .query(Long.class)
                        .single())
                .as("the post neither read nor saved the session")
                .isEqualTo(aMinuteAgo);

        mvc.perform(get(chatUrl).cookie(session, secret)).andExpect(status().isOk());
        assertThat(jdbc.sql("select last_access_time from platform.spring_session where session_id = ?")
                        .param(sessionId)
                        .query(Long.class)
                        .single())
                .as("the chat page itself still uses the session, for its forms' tokens")
                .isGreaterThan(aMinuteAgo);
    }
}
