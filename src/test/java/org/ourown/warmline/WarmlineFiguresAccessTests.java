package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may see figures and what they may ask: coordinators of the organization, its own lines, at most a year. A line
 * of another organization is 404 on the page, the CSV and the API (the line is a query parameter, so the tenancy
 * harness, which looks at path ids, does not cover it).
 */
@SpringBootTest
@AutoConfigureMockMvc
class WarmlineFiguresAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Test
    void badRangesAndOtherOrganizationsLinesAreRefusedAndPeersCannotSeeFigures() throws Exception {
        OrganizationId org = tenants.organization("Refusing Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        StaffView peer = tenants.person(org, Role.PEER);
        Line other = fixtures.line(tenants.organization("Someone Else Org"), true);

        mvc.perform(get("/warmline/console/figures")
                        .param("from", "2026-10-10")
                        .param("to", "2026-10-01")
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("The last day cannot come before the first day.")));
        mvc.perform(get("/warmline/console/figures")
                        .param("from", "2025-01-01")
                        .param("to", "2026-10-01")
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("at most a year")));
        mvc.perform(get("/warmline/console/figures")
                        .param("from", "yesterday")
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/warmline/console/figures")
                        .param("line", other.id().toString())
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("That is not one of your organization")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(other.slug()))));
        mvc.perform(get("/warmline/console/figures.csv")
                        .param("line", other.id().toString())
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/warmline/figures")
                        .param("line", other.id().toString())
                        .with(httpBasic(coordinator.email(), TestTenants.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/warmline/figures")
                        .param("from", "2026-10-10")
                        .param("to", "2026-10-01")
                        .with(httpBasic(coordinator.email(), TestTenants.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value("The last day cannot come before the first day."));
        mvc.perform(get("/warmline/console/figures").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/warmline/console/figures")).andExpect(status().is3xxRedirection());

        String page = mvc.perform(
                        get("/warmline/console/figures").with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Warm line figures", "href=\"/warmline/console/figures\"");
    }
}
