package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Recognition only by the visitor's choice: a returning token or an alias, hashed, within one organization. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineRecognitionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    WarmlineCallbackFixtures callbackFixtures;

    @Autowired
    PeerConsole console;

    @Autowired
    VisitorChats visitors;

    @Autowired
    ContactRecords records;

    @Autowired
    JdbcClient jdbc;

    record Started(ChatId id, Cookie secret, MockHttpServletResponse response) {}

    @Test
    void aReturningTokenLinksChatsForThePeerUntilTheVisitorAsksToBeForgotten() throws Exception {
        OrganizationId organization = tenants.organization("Returning Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Line line = fixtures.line(organization, true);

        Started first = start(line, post("/warmline/{slug}/chats", line.slug()).param("remember", "browser"));
        String setCookie = first.response().getHeaders("Set-Cookie").stream()
                .filter(h -> h.startsWith("ourown-returning="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "Path=/warmline", "Max-Age=31536000");
        String token = setCookie.substring("ourown-returning=".length(), setCookie.indexOf(';'));
        assertThat(callbackFixtures.placesHolding(token))
                .as("only its hash is stored")
                .isEmpty();
        finishWith(peer, first, "Words nobody else should read");

        Cookie returning = new Cookie("ourown-returning", token);
        Started second = start(
                line,
                post("/warmline/{slug}/chats", line.slug())
                        .param("remember", "browser")
                        .cookie(returning));
        takeNext(peer);
        assertThat(peerPage(peer, second.id()))
                .contains("Earlier contacts with this visitor", "Housing", "Listening", peer.displayName())
                .doesNotContain("Words nobody else should read");
        assertThat(visitorPage(second)).contains("Stop remembering me");

        Started anonymous =
                start(line, post("/warmline/{slug}/chats", line.slug()).cookie(returning));
        assertThat(visitorPage(anonymous)).doesNotContain("Stop remembering me");
        assertThat(jdbc.sql("select count(*) from warmline.chat_recognition where chat_id = :c")
                        .param("c", anonymous.id().value())
                        .query(Long.class)
                        .single())
                .as("no opt-in, no link")
                .isZero();

        MockHttpServletResponse forgot = mvc.perform(post("/warmline/chat/{id}/forget", second.id())
                        .with(csrf())
                        .cookie(second.secret()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        assertThat(forgot.getHeaders("Set-Cookie")).anyMatch(h -> h.startsWith("ourown-returning=;"));
        assertThat(jdbc.sql("select count(*) from warmline.chat_recognition where organization_id = :o")
                        .param("o", organization.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(peerPage(peer, second.id())).doesNotContain("Earlier contacts with this visitor");
    }

    @Test
    void anAliasLinksChatsWithinOneOrganizationOnly() throws Exception {
        OrganizationId organization = tenants.organization("Alias Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Line line = fixtures.line(organization, true);
        OrganizationId elsewhere = tenants.organization("Alias Elsewhere Org");
        StaffView otherPeer = tenants.person(elsewhere, Role.PEER);
        Line otherLine = fixtures.line(elsewhere, true);

        Started first = start(line, aliased(line, "Robin Redbreast"));
        finishWith(peer, first, "hello");
        Started again = start(line, aliased(line, "  robin redbreast "));
        takeNext(peer);
        assertThat(peerPage(peer, again.id())).contains("Earlier contacts with this visitor", "Housing");
        assertThat(callbackFixtures.placesHolding("obin"))
                .as("the alias itself is not stored")
                .isEmpty();

        Started there = start(otherLine, aliased(otherLine, "Robin Redbreast"));
        takeNext(otherPeer);
        assertThat(peerPage(otherPeer, there.id()))
                .contains("Earlier contacts with this visitor", "No earlier contacts remembered yet")
                .doesNotContain("Housing");

        mvc.perform(aliased(line, " ").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/warmline/" + line.slug()));
    }

    private MockHttpServletRequestBuilder aliased(Line line, String alias) {
        return post("/warmline/{slug}/chats", line.slug())
                .param("remember", "alias")
                .param("alias", alias);
    }

    private Started start(Line line, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        String url = response.getRedirectedUrl();
        assertThat(url).startsWith("/warmline/chat/");
        return new Started(
                ChatId.of(url.substring("/warmline/chat/".length())), response.getCookie("ourown-chat"), response);
    }

    private void takeNext(StaffView peer) {
        TestTenants.as(peer, () -> {
            console.presence(true, 5);
            return console.takeNext().orElseThrow();
        });
    }

    /** The peer takes the chat, the visitor writes, the peer ends it and records housing and listening. */
    private void finishWith(StaffView peer, Started chat, String words) {
        takeNext(peer);
        visitors.post(chat.id(), chat.secret().getValue(), words);
        TestTenants.as(peer, () -> {
            ContactRecordId record = console.end(chat.id());
            return records.save(
                    record,
                    new ContactDetails(
                            Set.of(ContactDetails.Reason.HOUSING),
                            Set.of(ContactDetails.Support.LISTENING),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null),
                    true);
        });
    }

    private String peerPage(StaffView peer, ChatId id) throws Exception {
        return mvc.perform(get("/warmline/console/chats/{id}", id).with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String visitorPage(Started chat) throws Exception {
        return mvc.perform(get("/warmline/chat/{id}", chat.id()).cookie(chat.secret()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
