package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public pages, a visitor's chat through the web, and the event stream that resumes where it left off. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlinePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    VisitorChats visitors;

    @Test
    void everyLineIsListedWithWhereToTurnInAnEmergency() throws Exception {
        Line closed = fixtures.line(tenants.organization("Listed Org"), false);

        String page = mvc.perform(get("/warmline"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Harbor Light Warm Line", "Test line " + closed.slug(), "988", "911");

        mvc.perform(get("/warmline/{slug}", closed.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Closed now")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("988")));
        mvc.perform(get("/warmline/no-such-line")).andExpect(status().isNotFound());
    }

    @Test
    void theConsoleAndLineSettingsNeedSigningIn() throws Exception {
        mvc.perform(get("/warmline/console")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/warmline/lines")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aVisitorStartsAChatKeepsItsSecretInACookieAndWhatTheyWriteIsEscaped() throws Exception {
        Line line = fixtures.line(tenants.organization("Web Chat Org"), true);

        MockHttpServletResponse started = mvc.perform(
                        post("/warmline/{slug}/chats", line.slug()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        String chatUrl = started.getRedirectedUrl();
        assertThat(chatUrl).startsWith("/warmline/chat/");
        Cookie secret = cookie(started, VisitorCookiesNames.CHAT);
        assertThat(started.getHeaders("Set-Cookie"))
                .filteredOn(h -> h.startsWith(VisitorCookiesNames.CHAT + "="))
                .singleElement()
                .asString()
                .contains("HttpOnly", "Path=" + chatUrl, "SameSite=Strict");

        mvc.perform(get(chatUrl)).andExpect(status().isNotFound());
        mvc.perform(get(chatUrl).cookie(new Cookie(VisitorCookiesNames.CHAT, "guessed")))
                .andExpect(status().isNotFound());
        mvc.perform(post(chatUrl + "/messages").with(csrf()).param("body", "Sneaking in"))
                .andExpect(status().isNotFound());

        mvc.perform(post(chatUrl + "/messages").with(csrf()).cookie(secret).param("body", "<b>Hello</b> there"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(chatUrl + "/messages")
                        .with(csrf())
                        .cookie(secret)
                        .header("X-Requested-With", "fetch")
                        .param("body", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string("Please write something before sending."));

        String page = mvc.perform(get(chatUrl).cookie(secret))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("&lt;b&gt;Hello&lt;/b&gt; there", "You are number 1 in the queue", "988")
                .as("a waiting page without script reloads itself so the visitor keeps their place")
                .contains("<meta http-equiv=\"refresh\" content=\"60\">")
                .doesNotContain("<b>Hello</b>")
                .doesNotContain("<script>\n");
    }

    @Test
    void theEventStreamResumesAfterTheLastEventIdWithoutLossOrRepeats() throws Exception {
        Line line = fixtures.line(tenants.organization("Stream Org"), true);
        VisitorChat chat = fixtures.visitor(line);
        long first = visitors.post(chat.id(), chat.secret(), "first").id();
        long second = visitors.post(chat.id(), chat.secret(), "second").id();
        long third = visitors.post(chat.id(), chat.secret(), "third").id();

        MvcResult stream = mvc.perform(get("/warmline/chat/{id}/events", chat.id())
                        .cookie(new Cookie(VisitorCookiesNames.CHAT, chat.secret()))
                        .header("Last-Event-ID", Long.toString(first)))
                .andExpect(request().asyncStarted())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/event-stream")))
                .andExpect(header().string("X-Accel-Buffering", "no"))
                .andReturn();

        assertThat(ids(stream)).containsExactly(second, third);

        long fourth = visitors.post(chat.id(), chat.secret(), "fourth").id();
        long deadline = System.currentTimeMillis() + 5000;
        while (!ids(stream).contains(fourth) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ids(stream)).as("each once, in order").containsExactly(second, third, fourth);

        mvc.perform(get("/warmline/chat/{id}/events", chat.id()).header("Last-Event-ID", "0"))
                .andExpect(status().isNotFound());

        // MockMvc never hangs up: leave, so this stream's heartbeats stop marking a waiting visitor as seen while
        // later tests in the same application (the tenancy harness compares every table) are running.
        visitors.leave(chat.id(), chat.secret());
    }

    private static List<Long> ids(MvcResult stream) throws Exception {
        Matcher m =
                Pattern.compile("(?m)^id:(\\d+)$").matcher(stream.getResponse().getContentAsString());
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static Cookie cookie(MockHttpServletResponse response, String name) {
        for (String header : response.getHeaders("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return new Cookie(name, header.substring(name.length() + 1, header.indexOf(';')));
            }
        }
        throw new AssertionError("No cookie " + name);
    }

    /** The cookie names, as a visitor's browser sees them. */
    static final class VisitorCookiesNames {
        static final String CHAT = "ourown-chat";
    }
}
