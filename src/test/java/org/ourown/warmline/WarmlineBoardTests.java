package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MovableClock;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.ourown.warmline.WarmlineFixtures.VisitorChat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinators' live board: each line now and since local midnight, the peers on duty, page and JSON. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WarmlineClock.class)
class WarmlineBoardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    VisitorChats visitors;

    @Autowired
    PeerConsole console;

    @Autowired
    LineBoard board;

    @Autowired
    Lines lines;

    @Autowired
    MovableClock clock;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;
    Line first;
    Line second;

    @BeforeEach
    void aBusyEvening() {
        clock.reset();
        home = tenants.organization("Board Home");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
        first = fixtures.line(home, true);
        second = fixtures.line(home, true);
        VisitorChat answered = fixtures.visitor(first);
        clock.advance(Duration.ofMinutes(1));
        fixtures.visitor(first);
        VisitorChat leaving = fixtures.visitor(second);
        ChatId taken = TestTenants.as(peer, () -> {
            console.presence(true, 2);
            return console.takeNext().orElseThrow();
        });
        assertThat(taken).isEqualTo(answered.id());
        visitors.leave(leaving.id(), leaving.secret());
        clock.advance(Duration.ofMinutes(7));
    }

    @Test
    void eachLineShowsWhoWaitsWhoChatsAndTodaysContactsAndThePeersOnDuty() {
        BoardView view = TestTenants.as(coordinator, () -> board.board());

        assertThat(view.timezone()).isEqualTo("America/New_York");
        assertThat(view.lines()).hasSize(2);
        assertThat(line(view, first)).isEqualTo(new BoardView.LineNow(name(first), 1, 7, 1, 2, 1, 0));
        assertThat(line(view, second)).isEqualTo(new BoardView.LineNow(name(second), 0, 0, 0, 1, 0, 1));
        assertThat(view.total()).isEqualTo(new BoardView.LineNow("", 1, 7, 1, 3, 1, 1));
        assertThat(view.peers()).isEqualTo(new BoardView.Peers(1, 2, 1));

        BoardView elsewhere =
                TestTenants.as(tenants.person(tenants.organization("Quiet Org"), Role.ADMIN), () -> board.board());
        assertThat(elsewhere.lines()).isEmpty();
        assertThat(elsewhere.total().waiting()).isZero();
        assertThat(elsewhere.peers().available()).isZero();
    }

    @Test
    void thePageRefreshesItsFiguresWithHtmxAndWorksWithoutItAndPeersAreKeptOut() throws Exception {
        String page = mvc.perform(as(coordinator, get("/warmline/console/board")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<html")
                .contains("hx-trigger=\"every 5s\"")
                .contains("hx-get=\"/warmline/console/board\"")
                .contains(">Refresh</a>")
                .contains(name(first))
                .contains("Peers available: 1, taking up to 2 chats at once; 1 free now.")
                .contains("href=\"/warmline/console/board\"");

        String fragment = mvc.perform(
                        as(coordinator, get("/warmline/console/board")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"board\"").contains(name(second));

        mvc.perform(as(coordinator, get("/api/warmline/board")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.waiting").value(1))
                .andExpect(jsonPath("$.total.contactsToday").value(3))
                .andExpect(jsonPath("$.peers.capacity").value(2))
                .andExpect(jsonPath("$.lines.length()").value(2));

        mvc.perform(as(peer, get("/warmline/console/board"))).andExpect(status().isForbidden());
        mvc.perform(as(peer, get("/api/warmline/board"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(as(peer, get("/warmline/console")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("href=\"/warmline/console/board\"");
    }

    private BoardView.LineNow line(BoardView view, Line line) {
        return view.lines().stream()
                .filter(l -> l.name().equals(name(line)))
                .findFirst()
                .orElseThrow();
    }

    private String name(Line line) {
        return lines.bySlug(line.slug()).name();
    }

    private static MockHttpServletRequestBuilder as(StaffView person, MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestTenants.signedIn(person)));
    }
}
