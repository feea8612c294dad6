package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The warm line over JSON: a visitor with no account and a peer, through the same facades as the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineApiTests {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECRET = "X-Chat-Secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;

    @BeforeEach
    void people() {
        home = tenants.organization("Warm Line Api");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
    }

    @Test
    void aVisitorAndAPeerChatOverJsonAndThePeerCompletesTheRecord() throws Exception {
        Line line = fixtures.line(home, true);
        mvc.perform(get("/api/warmline/lines"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug").value(hasItem(line.slug())));
        mvc.perform(get("/api/warmline/lines/{slug}", line.slug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openNow").value(true))
                .andExpect(jsonPath("$.id").value(line.id().toString()));

        String started = mvc.perform(post("/api/warmline/lines/{slug}/chats", line.slug()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/warmline/chats/")))
                .andExpect(jsonPath("$.state.status").value("WAITING"))
                .andExpect(jsonPath("$.state.queuePosition").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String chat = JsonPath.read(started, "$.chat");
        String secret = JsonPath.read(started, "$.secret");
        assertThat(secret).hasSizeGreaterThan(30);
        assertThat(jdbc.sql("select count(*) from warmline.chat where secret_hash = ?")
                        .param(secret)
                        .query(Long.class)
                        .single())
                .as("only a hash of the secret is kept")
                .isZero();

        mvc.perform(get("/api/warmline/chats/{id}", chat))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/warmline/chats/{id}", chat).header(SECRET, "not-the-secret"))
                .andExpect(status().isNotFound());

        mvc.perform(put("/api/warmline/console/presence")
                        .with(as(peer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": true, \"capacity\": 9}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(put("/api/warmline/console/presence")
                        .with(as(peer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": true, \"capacity\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(true));
        mvc.perform(post("/api/warmline/console/take").with(as(peer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.chat").value(chat));
        mvc.perform(post("/api/warmline/console/take").with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        mvc.perform(json(post("/api/warmline/console/chats/{id}/messages", chat), "{\"body\": \"Hi, I'm here.\"}")
                        .with(as(peer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sender").value("PEER"));
        String now = mvc.perform(get("/api/warmline/chats/{id}", chat).header(SECRET, secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state.status").value("ACTIVE"))
                .andExpect(jsonPath("$.messages[?(@.sender == 'PEER')].body").value(hasItem("Hi, I'm here.")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(now).doesNotContain("warmline.system.");
        Number lastSeen = JsonPath.read(now, "$.messages[-1].id");

        mvc.perform(json(post("/api/warmline/chats/{id}/messages", chat).header(SECRET, secret), "{\"body\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.body").exists());
        mvc.perform(json(
                        post("/api/warmline/chats/{id}/messages", chat).header(SECRET, secret),
                        "{\"body\": \"Thank you <b>for</b> being here.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value("Thank you <b>for</b> being here."));
        mvc.perform(get("/api/warmline/console/chats/{id}/messages", chat)
                        .param("after", lastSeen.toString())
                        .with(as(peer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].sender").value("VISITOR"));

        String ended = mvc.perform(
                        post("/api/warmline/console/chats/{id}/end", chat).with(as(peer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.finalised").value(false))
                .andExpect(jsonPath("$.channel").value("CHAT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String record = JsonPath.read(ended, "$.id");
        mvc.perform(get("/api/warmline/chats/{id}", chat).header(SECRET, secret))
                .andExpect(jsonPath("$.state.status").value("ENDED"))
                .andExpect(jsonPath("$.messages[?(@.sender == 'VISITOR')]").isEmpty());

        mvc.perform(json(put("/api/warmline/console/records/{id}", record), "{\"feelingStart\": 9}")
                        .param("finalise", "true")
                        .with(as(peer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.feelingStart").exists());
        assertThat(recordStatus(record)).isEqualTo("DRAFT");
        mvc.perform(json(
                                put("/api/warmline/console/records/{id}", record),
                                "{\"reasons\": [\"LONELINESS\"], \"feelingStart\": 2, \"feelingEnd\": 4}")
                        .param("finalise", "true")
                        .with(as(peer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finalised").value(true))
                .andExpect(jsonPath("$.details.reasons[0]").value("LONELINESS"));
        assertThat(recordStatus(record)).isEqualTo("FINAL");
        mvc.perform(json(put("/api/warmline/console/records/{id}", record), "{\"feelingEnd\": 5}")
                        .with(as(peer)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("warmline.record.alreadyFinal"));
    }

    @Test
    void aClosedLineAndTheDailyLimitAreKindRefusalsThatKeepNothing() throws Exception {
        Line closed = fixtures.line(home, false);
        mvc.perform(post("/api/warmline/lines/{slug}/chats", closed.slug()).header("Accept-Language", "es"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("la línea")));
        assertThat(chats(closed)).isZero();

        Line open = fixtures.line(home, true);
        String visitor = "api-visitor-" + "x".repeat(30);
        for (int i = 0; i < 3; i++) {
            String started = mvc.perform(post("/api/warmline/lines/{slug}/chats", open.slug())
                            .header("X-Visitor-Token", visitor))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.visitorToken").value(visitor))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            // Ended more than ten minutes ago would be a new contact; leaving now keeps each start a contact
            // because every start after the first would otherwise count as the same one.
            jdbc.sql("update warmline.chat set status = 'LEFT', ended_at = now() - interval '1 hour' where id = ?")
                    .param(java.util.UUID.fromString(JsonPath.read(started, "$.chat")))
                    .update();
        }
        mvc.perform(post("/api/warmline/lines/{slug}/chats", open.slug()).header("X-Visitor-Token", visitor))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("limit")));
        assertThat(chats(open)).isEqualTo(3);
    }

    @Test
    void coordinatorsSetUpLinesOverJsonAndBadSettingsNameTheirFields() throws Exception {
        String settings = "{\"name\": \"Evening Api Line\", \"slug\": \"%s\", \"phone\": \"555 0199\","
                + " \"hours\": [{\"day\": \"MONDAY\", \"opens\": \"18:00\", \"closes\": \"02:00\"}],"
                + " \"closures\": [], \"dailyLimit\": %d, \"chatGuideMinutes\": 30, \"retention\": \"ON_END\","
                + " \"crisisResources\": []}";
        String slug = "evening-api-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(json(post("/api/warmline/settings/lines"), settings.formatted("Not A Slug!", 0))
                        .with(as(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.slug").exists())
                .andExpect(jsonPath("$.errors.dailyLimit").exists());
        assertThat(jdbc.sql("select count(*) from warmline.line where organization_id = ?")
                        .param(home.value())
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(json(post("/api/warmline/settings/lines"), settings.formatted(slug, 3))
                        .with(as(peer)))
                .andExpect(status().isForbidden());

        String created = mvc.perform(json(post("/api/warmline/settings/lines"), settings.formatted(slug, 3))
                        .with(as(coordinator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.settings.hours[0].closes").value("02:00:00"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(json(put("/api/warmline/settings/lines/{id}", id), settings.formatted(slug, 5))
                        .with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.dailyLimit").value(5));
        mvc.perform(json(post("/api/warmline/settings/lines"), settings.formatted(slug, 3))
                        .with(as(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.slug").exists());
        mvc.perform(get("/api/warmline/settings/lines").with(as(coordinator)))
                .andExpect(jsonPath("$[*].slug").value(hasItem(slug)));
    }

    @Test
    void aVisitorAsksToBeRememberedAndAPeerPassesTheChatOn() throws Exception {
        Line line = fixtures.line(home, true);
        StaffView second = tenants.person(home, Role.PEER);
        presence(peer, 1);

        Started first = start(line);
        mvc.perform(json(
                        put("/api/warmline/chats/{id}/remember", first.chat()).header(SECRET, first.secret()),
                        "{\"alias\": \"Robin\", \"returningToken\": \"" + "t".repeat(40) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.alias").exists());
        mvc.perform(json(put("/api/warmline/chats/{id}/remember", first.chat()), "{\"alias\": \"Robin\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                        put("/api/warmline/chats/{id}/remember", first.chat()).header(SECRET, first.secret()),
                        "{\"alias\": \"Robin\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remembered").value(true));
        mvc.perform(post("/api/warmline/console/take").with(as(peer))).andExpect(status().isCreated());
        String record = JsonPath.read(
                mvc.perform(post("/api/warmline/console/chats/{id}/end", first.chat())
                                .with(as(peer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(put("/api/warmline/console/records/{id}", record), "{\"reasons\": [\"HOUSING\"]}")
                        .param("finalise", "true")
                        .with(as(peer)))
                .andExpect(status().isOk());

        Started again = start(line);
        mvc.perform(json(
                        put("/api/warmline/chats/{id}/remember", again.chat()).header(SECRET, again.secret()),
                        "{\"alias\": \" robin \"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/warmline/console/take").with(as(peer))).andExpect(status().isCreated());
        mvc.perform(get("/api/warmline/console/chats/{id}/handover", again.chat())
                        .with(as(peer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recognised").value(true))
                .andExpect(jsonPath("$.earlier[0].reasons[0]").value("HOUSING"))
                .andExpect(jsonPath("$.peers").isEmpty());

        presence(second, 1);
        mvc.perform(json(
                                post("/api/warmline/console/chats/{id}/transfer", again.chat()),
                                "{\"to\": \"" + second.id().value() + "\", \"note\": \"Knows the shelters\"}")
                        .with(as(second)))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/warmline/console/chats/{id}/transfer", again.chat()),
                                "{\"to\": \"" + second.id().value() + "\", \"note\": \"Knows the shelters\"}")
                        .with(as(peer)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/warmline/console/chats/{id}", again.chat()).with(as(peer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/warmline/console/chats/{id}/handover", again.chat())
                        .with(as(second)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("Knows the shelters"));

        mvc.perform(delete("/api/warmline/chats/{id}/remember", again.chat()).header(SECRET, again.secret()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/warmline/console/chats/{id}/handover", again.chat())
                        .with(as(second)))
                .andExpect(jsonPath("$.recognised").value(false))
                .andExpect(jsonPath("$.earlier").isEmpty());
    }

    record Started(String chat, String secret) {}

    private Started start(Line line) throws Exception {
        String body = mvc.perform(post("/api/warmline/lines/{slug}/chats", line.slug()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Started(JsonPath.read(body, "$.chat"), JsonPath.read(body, "$.secret"));
    }

    private void presence(StaffView person, int capacity) throws Exception {
        mvc.perform(json(put("/api/warmline/console/presence"), "{\"available\": true, \"capacity\": " + capacity + "}")
                        .with(as(person)))
                .andExpect(status().isOk());
    }

    private long chats(Line line) {
        return jdbc.sql("select count(*) from warmline.chat where line_id = ?")
                .param(line.id().value())
                .query(Long.class)
                .single();
    }

    private String recordStatus(String record) {
        return jdbc.sql("select status from warmline.contact_record where id = ?::uuid")
                .param(record)
                .query(String.class)
                .single();
    }

    private static RequestPostProcessor as(StaffView person) {
        return httpBasic(person.email(), TestTenants.PASSWORD);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
