package org.ourown.directory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.accounts.SystemTask;
import org.ourown.directory.DirectoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ManageListingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    DirectoryFixtures fixtures;

    @Test
    void aCoordinatorKeepsTheirOwnListingRight() throws Exception {
        OrganizationId org = tenants.organization("Listing Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        DirectoryFixtures.Listing listing = fixtures.listing(org, "Evening Listening Line");
        var me = authentication(TestTenants.signedIn(coordinator));

        mvc.perform(get("/directory/manage").with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evening Listening Line")))
                .andExpect(content().string(containsString("Needs checking")));

        mvc.perform(post("/directory/manage/services/{id}", listing.service())
                        .with(me)
                        .with(csrf())
                        .param("name", "Evening Listening Line")
                        .param("url", "not a web address")
                        .param("status", "active"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("starting with http:// or https://")));

        mvc.perform(post("/directory/manage/services/{id}", listing.service())
                        .with(me)
                        .with(csrf())
                        .param("name", "Evening Warm Line")
                        .param("url", "https://warm.example.org")
                        .param("status", "active")
                        .param("kinds", "WARM_LINE"))
                .andExpect(redirectedUrl("/directory/manage/services/" + listing.service()));
        mvc.perform(get("/directory/services/{id}", listing.service()))
                .andExpect(content().string(containsString("Evening Warm Line")))
                .andExpect(content().string(containsString("https://warm.example.org")));

        mvc.perform(post("/directory/manage/services/{id}/verify", listing.service())
                        .with(me)
                        .with(csrf()))
                .andExpect(redirectedUrl("/directory/manage"));
        mvc.perform(get("/directory/manage").with(me))
                .andExpect(content().string(not(containsString("Needs checking"))));

        mvc.perform(post("/directory/manage/organizations/{id}/peer-facts", listing.organization())
                        .with(me)
                        .with(csrf())
                        .param("board", "75")
                        .param("director", "true")
                        .param("staff", "90"))
                .andExpect(redirectedUrl("/directory/organizations/" + listing.organization()));
        mvc.perform(get("/directory/organizations/{id}", listing.organization()))
                .andExpect(content().string(containsString("Peer-run")))
                .andExpect(content().string(containsString("75% of the board are peers")));
    }

    @Test
    void aClosureClosesTheDayAndBadDatesAreRefused() throws Exception {
        OrganizationId org = tenants.organization("Closure Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        DirectoryFixtures.Listing listing = fixtures.listing(org, "Closure Listing");
        var me = authentication(TestTenants.signedIn(coordinator));
        mvc.perform(post("/directory/manage/services/{id}/closures", listing.service())
                        .with(me)
                        .with(csrf())
                        .param("from", "2030-01-10")
                        .param("to", "2030-01-01"))
                .andExpect(redirectedUrl("/directory/manage/services/" + listing.service()));
        mvc.perform(get("/directory/services/{id}", listing.service()))
                .andExpect(content().string(not(containsString("2030-01-10"))));
        mvc.perform(post("/directory/manage/services/{id}/closures", listing.service())
                        .with(me)
                        .with(csrf())
                        .param("from", "2030-07-04")
                        .param("reason", "Independence Day"))
                .andExpect(redirectedUrl("/directory/manage/services/" + listing.service()));
        mvc.perform(get("/directory/services/{id}", listing.service()))
                .andExpect(content().string(containsString("2030-07-04: Independence Day")));
    }

    @Test
    void hoursAreEditedAndOpenNowFollowsThem() throws Exception {
        OrganizationId org = tenants.organization("Hours Org");
        StaffView coordinator = tenants.person(org, Role.COORDINATOR);
        DirectoryFixtures.Listing listing = fixtures.listing(org, "Hours Listing");
        var me = authentication(TestTenants.signedIn(coordinator));
        String page = "/directory/manage/services/" + listing.service();

        // Refused with a reason for the form (the page shows it from the flash attribute).
        mvc.perform(post(page + "/hours")
                        .with(me)
                        .with(csrf())
                        .param("opens", "09:00")
                        .param("closes", "12:00"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("hoursError", "directory.hours.days"));

        mvc.perform(post(page + "/hours")
                        .with(me)
                        .with(csrf())
                        .param("days", "SATURDAY")
                        .param("week", "1")
                        .param("opens", "10:00")
                        .param("closes", "14:00"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/hours")
                        .with(me)
                        .with(csrf())
                        .param("days", "FRIDAY")
                        .param("opens", "22:00")
                        .param("closes", "02:00"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get("/directory/services/{id}", listing.service()))
                .andExpect(content().string(containsString("First Saturday of the month: 10 am to 2 pm")))
                .andExpect(content().string(containsString("Friday: 10 pm until 2 am the next morning")));

        var hours =
                SystemTask.run(() -> directoryEditing.service(listing.service()).hours());
        for (var line : hours) {
            mvc.perform(post(page + "/hours/{h}/delete", line.id()).with(me).with(csrf()))
                    .andExpect(redirectedUrl(page));
        }
        mvc.perform(get("/directory/services/{id}", listing.service()))
                .andExpect(content().string(containsString("Hours not listed")));
    }

    @Autowired
    org.ourown.directory.DirectoryEditing directoryEditing;

    @Test
    void peersCannotEditListings() throws Exception {
        OrganizationId org = tenants.organization("Peer Listing Org");
        StaffView peer = tenants.person(org, Role.PEER);
        mvc.perform(get("/directory/manage").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isForbidden());
    }
}
