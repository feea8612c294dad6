package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.MvcSession;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MovableClock;
import org.ourown.warmline.StartOutcome.Result;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A coordinator blocks the visitor of a chat: kept out of every line of the organization until the block ends. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WarmlineClock.class)
class WarmlineBlocksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    VisitorChats visitors;

    @Autowired
    VisitorBlocks blocks;

    @Autowired
    PeerConsole console;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;

    @BeforeEach
    void people() {
        clock.reset();
        home = tenants.organization("Block Home");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
    }

    @Test
    void aTwoHourBlockKeepsTheVisitorOutOfEveryLineOfTheOrganizationThenRunsOut() throws Exception {
        VisitorChat chat = endedChat();
        Line other = fixtures.line(home, true);
        Line elsewhere = fixtures.line(tenants.organization("Not Blocking"), true);

        String body = mvc.perform(as(coordinator, post("/api/warmline/chats/{id}/block", chat.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duration\":\"TWO_HOURS\",\"reason\":\"Kept writing insults at the peer\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.chat").value(chat.id().toString()))
                .andExpect(jsonPath("$.reason").value("Kept writing insults at the peer"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String block = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(audited(block, "CREATE")).isOne();

        assertThat(visitors.start(other.slug(), chat.visitor()).result()).isEqualTo(Result.BLOCKED);
        mvc.perform(post("/api/warmline/lines/{slug}/chats", other.slug()).header("X-Visitor-Token", chat.visitor()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("warmline.start.blocked"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("insults"))));
        assertThat(visitors.start(elsewhere.slug(), chat.visitor()).result()).isEqualTo(Result.STARTED);
        assertThat(visitors.start(other.slug(), "someone-else-" + block).result())
                .isEqualTo(Result.STARTED);

        // On the page: a kind refusal, where else to turn, never the reason.
        MvcSession browser = new MvcSession(mvc);
        browser.perform(post("/warmline/{slug}/chats", other.slug())
                        .cookie(new Cookie("ourown-visitor", chat.visitor()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/warmline/" + other.slug()))
                .andExpect(flash().attribute("refusal", "warmline.start.blocked"));
        String page = browser.perform(get("/warmline/{slug}", other.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("you cannot start a chat on this line right now")
                .contains("See other warm lines")
                .contains("988")
                .doesNotContain("insults");

        clock.advance(Duration.ofMinutes(119));
        assertThat(visitors.start(other.slug(), chat.visitor()).result()).isEqualTo(Result.BLOCKED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(visitors.start(other.slug(), chat.visitor()).result()).isEqualTo(Result.STARTED);
        assertThat(TestTenants.as(coordinator, () -> blocks.current())).isEmpty();
    }

    @Test
    void aPermanentBlockStaysUntilACoordinatorLiftsItOnThePage() throws Exception {
        VisitorChat chat = endedChat();
        Line line = fixtures.line(home, true);
        mvc.perform(as(coordinator, post("/warmline/console/transcripts/{id}/block", chat.id()))
                        .param("duration", "PERMANENT")
                        .param("reason", "Threatened the peer's family"))
                .andExpect(redirectedUrl("/warmline/console/blocks"));
        BlockView block = TestTenants.as(coordinator, () -> blocks.current()).get(0);
        assertThat(block.permanent()).isTrue();
        assertThat(block.chat()).isEqualTo(chat.id());

        clock.advance(Duration.ofDays(400));
        assertThat(visitors.start(line.slug(), chat.visitor()).result()).isEqualTo(Result.BLOCKED);
        assertThat(mvc.perform(as(coordinator, get("/warmline/console/blocks")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Threatened the peer&#39;s family")
                .contains("Lift block");

        mvc.perform(as(coordinator, post("/warmline/console/blocks/{id}/lift", block.id())))
                .andExpect(redirectedUrl("/warmline/console/blocks"));
        assertThat(audited(block.id().toString(), "UPDATE")).isOne();
        assertThat(visitors.start(line.slug(), chat.visitor()).result()).isEqualTo(Result.STARTED);
        assertThat(TestTenants.as(coordinator, () -> blocks.current())).isEmpty();
    }

    @Test
    void badInputIsRefusedAndWritesNothingAndPeersCannotBlock() throws Exception {
        VisitorChat chat = endedChat();
        long before = blockRows();

        mvc.perform(as(coordinator, post("/api/warmline/chats/{id}/block", chat.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duration\":\"FOREVER_AND_A_DAY\",\"reason\":\"Rude\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.duration").value("Choose how long the block lasts."));
        mvc.perform(as(coordinator, post("/api/warmline/chats/{id}/block", chat.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duration\":\"ONE_DAY\",\"reason\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("Write the reason for the block."));
        mvc.perform(as(coordinator, post("/api/warmline/chats/{id}/block", chat.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duration\":\"ONE_DAY\",\"reason\":\"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        String form = mvc.perform(as(coordinator, post("/warmline/console/transcripts/{id}/block", chat.id()))
                        .param("duration", "SEVEN_DAYS")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("error-summary").contains("Write the reason for the block.");
        mvc.perform(as(peer, post("/api/warmline/chats/{id}/block", chat.id()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duration\":\"ONE_DAY\",\"reason\":\"A peer tries\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(peer, get("/api/warmline/blocks"))).andExpect(status().isForbidden());

        assertThat(blockRows()).isEqualTo(before);
        assertThat(visitors.start(fixtures.line(home, true).slug(), chat.visitor())
                        .result())
                .isEqualTo(Result.STARTED);
    }

    /** A chat a peer took and ended; its visitor's token is known to the test as their browser would keep it. */
    private VisitorChat endedChat() {
        VisitorChat chat = fixtures.takenBy(peer);
        TestTenants.as(peer, () -> console.end(chat.id()));
        return chat;
    }

    private long blockRows() {
        return jdbc.sql("select count(*) from warmline.block").query(Long.class).single();
    }

    private long audited(String block, String action) {
        return jdbc.sql("select count(*) from audit.entry where record_type = 'warmline-block' and record_id = :id"
                        + " and action = :a")
                .param("id", block)
                .param("a", action)
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder as(StaffView person, MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestTenants.signedIn(person))).with(csrf());
    }
}
