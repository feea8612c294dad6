package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
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

/** A coordinator sets up a line through the form; a peer takes a chat and completes its record through the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineStaffPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    Lines lines;

    @Test
    void aCoordinatorSetsUpALineWithHoursClosuresAndItsOwnCrisisResources() throws Exception {
        OrganizationId organization = tenants.organization("Form Org");
        StaffView coordinator = tenants.person(organization, Role.COORDINATOR);
        String slug = "form-line-" + System.nanoTime();

        mvc.perform(as(coordinator, post("/warmline/lines/new"))
                        .param("name", "Evening Line")
                        .param("slug", slug)
                        .param("phone", "(555) 010-1000")
                        .param("opens[0]", "17:00")
                        .param("closes[0]", "23:00")
                        .param("opens[4]", "22:00")
                        .param("closes[4]", "02:00")
                        .param("closures", "2026-12-25\n2027-01-01")
                        .param("closedMessage", "Back at five.")
                        .param("dailyLimit", "4")
                        .param("chatGuideMinutes", "45")
                        .param("retention", "SEVEN_DAYS")
                        .param("crisisResources", "Call or text 988\nCounty mobile team: 555 0199"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/warmline/lines"));

        LineView line = lines.bySlug(slug);
        assertThat(line.hours())
                .containsExactly(
                        new DayHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(23, 0)),
                        new DayHours(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)));
        assertThat(line.closures()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        assertThat(line.dailyLimit()).isEqualTo(4);
        assertThat(line.chatGuideMinutes()).isEqualTo(45);
        assertThat(line.retention()).isEqualTo(Retention.SEVEN_DAYS);
        assertThat(line.crisisResources()).containsExactly("Call or text 988", "County mobile team: 555 0199");

        String page = mvc.perform(get("/warmline/{slug}", slug))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("County mobile team: 555 0199", "(555) 010-1000");
    }

    @Test
    void aBadLineFormSaysWhatToFixAndSavesNothing() throws Exception {
        OrganizationId organization = tenants.organization("Bad Form Org");
        StaffView coordinator = tenants.person(organization, Role.COORDINATOR);
        String taken = fixtures.line(organization, true).slug();

        String page = mvc.perform(as(coordinator, post("/warmline/lines/new"))
                        .param("name", "")
                        .param("slug", "Not A Slug")
                        .param("opens[0]", "17:00")
                        .param("closes[0]", "")
                        .param("closures", "Christmas")
                        .param("dailyLimit", "0")
                        .param("chatGuideMinutes", "30")
                        .param("retention", "ON_END"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Please give the line a name.",
                        "Use only lower-case letters",
                        "Write each closure date as year-month-day",
                        "Choose from 1 to 50 chats a day.",
                        "Each opening needs both times");

        String again = mvc.perform(as(coordinator, post("/warmline/lines/new"))
                        .param("name", "Copy")
                        .param("slug", taken)
                        .param("dailyLimit", "3")
                        .param("chatGuideMinutes", "30")
                        .param("retention", "ON_END"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("That web address is already in use.");

        StaffView peer = tenants.person(organization, Role.PEER);
        mvc.perform(as(peer, get("/warmline/lines"))).andExpect(status().isForbidden());
    }

    @Test
    void aPeerTakesAChatEndsItAndFinishesTheRecordThroughThePages() throws Exception {
        OrganizationId organization = tenants.organization("Console Org");
        StaffView peer = tenants.person(organization, Role.PEER);
        VisitorChat chat = fixtures.visitor(fixtures.line(organization, true));

        mvc.perform(as(peer, post("/warmline/console/presence"))
                        .param("available", "true")
                        .param("capacity", "1"))
                .andExpect(redirectedUrl("/warmline/console"));
        assertThat(mvc.perform(as(peer, get("/warmline/console")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Waiting now: 1");
        mvc.perform(as(peer, post("/warmline/console/take")))
                .andExpect(redirectedUrl("/warmline/console/chats/" + chat.id()));
        mvc.perform(as(peer, post("/warmline/console/chats/{id}/messages", chat.id()))
                        .param("body", "Hello, I am here."))
                .andExpect(status().is3xxRedirection());
        String record = mvc.perform(as(peer, post("/warmline/console/chats/{id}/end", chat.id())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(record).startsWith("/warmline/console/records/");

        String saved = mvc.perform(as(peer, post(record))
                        .header("HX-Request", "true")
                        .param("reasons", "LONELINESS", "HOUSING")
                        .param("feelingStart", "2")
                        .param("diversion", "NOTHING"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(saved).contains("Draft saved.").doesNotContain("<html");

        mvc.perform(as(peer, post(record))
                        .param("reasons", "LONELINESS", "HOUSING")
                        .param("feelingStart", "2")
                        .param("feelingEnd", "4")
                        .param("diversion", "NOTHING")
                        .param("action", "finish"))
                .andExpect(redirectedUrl("/warmline/console"));
        String finished =
                mvc.perform(as(peer, get(record))).andReturn().getResponse().getContentAsString();
        assertThat(finished).contains("This record is finished");

        assertThat(mvc.perform(as(peer, post(record)).param("feelingStart", "9"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Choose a number from 1 to 5.");
    }

    private static MockHttpServletRequestBuilder as(StaffView person, MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestTenants.signedIn(person))).with(csrf());
    }
}
