package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineCallbackFixtures.Asked;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The visitor's callback form, the peers' check-in page and the JSON API, with their refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineCallbackPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    WarmlineCallbackFixtures callbackFixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactRecords records;

    @Test
    void aVisitorAsksForACallWithConsentAndBadInputSavesNothing() throws Exception {
        OrganizationId organization = tenants.organization("Callback Page Org");
        VisitorChat chat = fixtures.takenBy(tenants.person(organization, Role.PEER));
        Cookie secret = new Cookie("ourown-chat", chat.secret());
        String url = "/warmline/chat/" + chat.id() + "/callback";
        String tomorrow =
                LocalDate.now(WarmlineCallbackFixtures.ZONE).plusDays(1).toString();

        mvc.perform(get(url)).andExpect(status().isNotFound());
        assertThat(page(get(url).cookie(secret)))
                .contains("Would you like a peer to call you to check in?", "7 days after the time you chose", "988");

        assertThat(page(form(url, secret, "555 0100 22", tomorrow, false)))
                .contains("error-summary", "Please tick the box");
        assertThat(page(form(url, secret, "call me maybe", tomorrow, true))).contains("7 to 20 digits");
        assertThat(page(form(url, secret, "555 01", tomorrow, true))).contains("7 to 20 digits");
        assertThat(page(form(url, secret, "555 0100 22", "2020-01-01", true))).contains("already passed");
        assertThat(page(form(url, secret, "555 0100 22", "not a day", true))).contains("choose the day");
        assertThat(callbacksOf(organization)).isZero();

        mvc.perform(form(url, secret, "555 0100 22", tomorrow, true)).andExpect(redirectedUrl(url));
        assertThat(callbacksOf(organization)).isOne();
        assertThat(page(get(url).cookie(secret))).contains("You asked for a call", "10:00 to 12:00");
    }

    @Test
    void peersSeeNumbersOnlyOnTheirCheckInPageAndLoggingErasesThem() throws Exception {
        OrganizationId organization = tenants.organization("Check-in Page Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        Asked asked = callbackFixtures.askedOf(peer, "555 7788 " + (1000 + (int) (Math.random() * 8999)));
        callbackFixtures.window(asked.id(), -1, 1);

        assertThat(page(get("/warmline/console/callbacks").with(authentication(TestTenants.signedIn(peer)))))
                .contains("Due now: 1", asked.phone(), "tel:");
        mvc.perform(get("/warmline/console/callbacks")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/warmline/console/callbacks/{id}/outcome", asked.id())
                        .with(authentication(TestTenants.signedIn(peer)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/warmline/console/callbacks"));
        assertThat(callbackFixtures.placesHolding(asked.phone()))
                .as("no outcome chosen")
                .isNotEmpty();

        mvc.perform(post("/warmline/console/callbacks/{id}/outcome", asked.id())
                        .with(authentication(TestTenants.signedIn(peer)))
                        .with(csrf())
                        .param("outcome", "REACHED"))
                .andExpect(redirectedUrl("/warmline/console/callbacks"));
        assertThat(callbackFixtures.placesHolding(asked.phone())).isEmpty();
        assertThat(page(get("/warmline/console/callbacks").with(authentication(TestTenants.signedIn(peer)))))
                .contains("Due now: 0")
                .doesNotContain(asked.phone());
    }

    @Test
    void theApiTakesRequestsWithTheChatSecretAndAnswersProblems() throws Exception {
        OrganizationId organization = tenants.organization("Callback Api Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.takenBy(peer);
        String tomorrow =
                LocalDate.now(WarmlineCallbackFixtures.ZONE).plusDays(1).toString();
        String body = "{\"phone\":\"+1 555 0100 33\",\"date\":\"" + tomorrow
                + "\",\"from\":\"10:00\",\"to\":\"12:00\",\"consent\":%s}";

        mvc.perform(json(post("/api/warmline/chats/{id}/callback", chat.id()), body.formatted("true")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post("/api/warmline/chats/{id}/callback", chat.id()), body.formatted("false"))
                        .header("X-Chat-Secret", chat.secret()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.consent").exists());
        mvc.perform(json(
                                post("/api/warmline/chats/{id}/callback", chat.id()),
                                body.replace(tomorrow, "2020-01-01").formatted("true"))
                        .header("X-Chat-Secret", chat.secret()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.date").exists());
        assertThat(callbacksOf(organization)).isZero();

        String id = mvc.perform(json(post("/api/warmline/chats/{id}/callback", chat.id()), body.formatted("true"))
                        .header("X-Chat-Secret", chat.secret()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/warmline/callbacks").with(httpBasic(peer.email(), TestTenants.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.upcoming[0].id").value(id))
                .andExpect(jsonPath("$.upcoming[0].phone").value("+1 555 0100 33"));
        mvc.perform(json(post("/api/warmline/callbacks/{id}/outcome", id), "{\"outcome\":\"DECLINED\"}")
                        .with(httpBasic(peer.email(), TestTenants.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(json(post("/api/warmline/callbacks/{id}/outcome", id), "{\"outcome\":\"DECLINED\"}")
                        .with(httpBasic(peer.email(), TestTenants.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(callbackFixtures.placesHolding("+1 555 0100 33")).isEmpty();
    }

    @Test
    void aPeerAddsACallbackForACallerOnTheirOwnPhoneRecord() throws Exception {
        OrganizationId organization = tenants.organization("Caller Callback Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        StaffView colleague = tenants.person(organization, Role.PEER);
        WarmlineFixtures.Line line = fixtures.line(organization, true);
        ContactRecordId record = TestTenants.as(peer, () -> records.logPhoneCall(line.id()));
        String recordPage = "/warmline/console/records/" + record;
        String tomorrow =
                LocalDate.now(WarmlineCallbackFixtures.ZONE).plusDays(1).toString();

        assertThat(page(get(recordPage).with(authentication(TestTenants.signedIn(peer)))))
                .contains("The caller would like a check-in call");
        mvc.perform(callerForm(recordPage, peer, tomorrow).param("phone", "555 0100 44"))
                .andExpect(redirectedUrl(recordPage + "#callback"))
                .andExpect(
                        flash().attribute("callbackErrors", java.util.List.of("warmline.callback.consent.required")));
        mvc.perform(callerForm(recordPage, colleague, tomorrow)
                        .param("phone", "555 0100 44")
                        .param("consent", "true"))
                .andExpect(status().isNotFound());
        assertThat(callbacksOf(organization)).isZero();

        mvc.perform(callerForm(recordPage, peer, tomorrow)
                        .param("phone", "555 0100 44")
                        .param("consent", "true"))
                .andExpect(redirectedUrl(recordPage));
        assertThat(page(get("/warmline/console/callbacks").with(authentication(TestTenants.signedIn(colleague)))))
                .contains("Coming up: 1", "555 0100 44");
    }

    private MockHttpServletRequestBuilder callerForm(String recordPage, StaffView peer, String date) {
        return post(recordPage + "/callback")
                .with(authentication(TestTenants.signedIn(peer)))
                .with(csrf())
                .param("date", date)
                .param("from", "10:00")
                .param("to", "12:00");
    }

    private MockHttpServletRequestBuilder form(String url, Cookie secret, String phone, String date, boolean consent) {
        MockHttpServletRequestBuilder request = post(url)
                .with(csrf())
                .cookie(secret)
                .param("phone", phone)
                .param("date", date)
                .param("from", "10:00")
                .param("to", "12:00");
        return consent ? request.param("consent", "true") : request;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long callbacksOf(OrganizationId organization) {
        return jdbc.sql("select count(*) from warmline.callback where organization_id = :o")
                .param("o", organization.value())
                .query(Long.class)
                .single();
    }
}
