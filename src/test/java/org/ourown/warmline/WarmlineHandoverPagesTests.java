package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A chat passed on through the pages, as the two peers and the visitor see it. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineHandoverPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    PeerConsole console;

    @Test
    void aPeerPassesTheChatOnWithANoteAndTheVisitorIsTold() throws Exception {
        OrganizationId organization = tenants.organization("Handover Page Org");
        StaffView first = tenants.person(organization, Role.PEER);
        StaffView second = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(first);
        TestTenants.as(second, () -> {
            console.presence(true, 1);
            return null;
        });
        Cookie secret = new Cookie("ourown-chat", chat.secret());
        String chatPage = "/warmline/console/chats/" + chat.id();

        assertThat(page(get(chatPage), first))
                .contains("Pass this chat on", second.id().value().toString(), "Back to the queue")
                .doesNotContain("Earlier contacts with this visitor");
        assertThat(page(get("/warmline/chat/{id}", chat.id()).cookie(secret), null))
                .contains("/warmline/chat/" + chat.id() + "/callback");

        mvc.perform(post(chatPage + "/transfer")
                        .with(authentication(TestTenants.signedIn(first)))
                        .with(csrf())
                        .param("to", "not-a-peer")
                        .param("note", "kept"))
                .andExpect(redirectedUrl(chatPage + "#handover"))
                .andExpect(flash().attribute("handoverError", "warmline.handover.choose"));
        mvc.perform(post(chatPage + "/transfer")
                        .with(authentication(TestTenants.signedIn(first)))
                        .with(csrf())
                        .param("to", second.id().value().toString())
                        .param("note", "Likes to be called <Sam>"))
                .andExpect(redirectedUrl("/warmline/console"));

        assertThat(page(get("/warmline/console").header("HX-Request", "true"), second))
                .as("the console's periodic refresh shows a chat passed on to this peer")
                .contains(chatPage)
                .doesNotContain("<html");
        assertThat(page(get(chatPage), second))
                .contains("A note from the previous peer", "Likes to be called &lt;Sam&gt;");
        mvc.perform(get(chatPage).with(authentication(TestTenants.signedIn(first))))
                .andExpect(status().isNotFound());
        mvc.perform(post(chatPage + "/transfer")
                        .with(authentication(TestTenants.signedIn(first)))
                        .with(csrf())
                        .param("to", "queue"))
                .andExpect(status().isNotFound());
        assertThat(page(get("/warmline/chat/{id}", chat.id()).cookie(secret), null))
                .contains("You are being connected to another peer.");
    }

    private String page(MockHttpServletRequestBuilder request, StaffView as) throws Exception {
        if (as != null) {
            request.with(authentication(TestTenants.signedIn(as)));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
