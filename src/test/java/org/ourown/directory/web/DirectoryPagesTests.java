package org.ourown.directory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourown.directory.Directory;
import org.ourown.directory.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages, without signing in and without JavaScript. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Test
    void anyoneCanSearchWithoutSigningIn() throws Exception {
        mvc.perform(get("/directory").param("near", "Ithaca, NY").param("kind", "drop-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverside Drop-In Center")))
                .andExpect(content().string(containsString("near Ithaca, NY")))
                .andExpect(content().string(not(containsString("Capital Clubhouse Drop-In"))));
        mvc.perform(get("/directory").param("near", "14850"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" mi")));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/directory").param("q", "respite").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void badFiltersGetMessagesNotErrors() throws Exception {
        mvc.perform(get("/directory").param("kind", "made-up"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please choose a kind of support from the list.")));
        mvc.perform(get("/directory").param("near", "Nowhereville, ZZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We could not find that place.")));
        mvc.perform(get("/directory").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pages are numbered from 1.")));
        mvc.perform(get("/directory").param("near", "14850").param("radius", "5000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 250 miles")));
        mvc.perform(get("/directory").param("open", "at").param("at", "tuesday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please choose a date and time.")));
    }

    @Test
    void aServicePageTellsHoursContactsAndWhoRunsIt() throws Exception {
        var hit = directory
                .search(new SearchQuery(
                        "Tuesday Hearing Voices Group", null, null, null, null, null, null, false, 1, 1))
                .items()
                .get(0);
        mvc.perform(get("/directory/services/{id}", hit.serviceId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuesday: 6:30 pm to 8 pm")))
                .andExpect(content().string(containsString("Peer-run")))
                .andExpect(content().string(containsString("80% of the board are peers")))
                .andExpect(content().string(containsString("tel:")));
        mvc.perform(get("/directory/services/{id}", hit.serviceId()).param("lang", "es"))
                .andExpect(content().string(containsString("Martes: de 18:30 a 20:00")));
        mvc.perform(get("/directory/organizations/{id}", hit.organizationId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverside Evening Warm Line")));
    }

    @Test
    void anUnknownListingIsNotFound() throws Exception {
        mvc.perform(get("/directory/services/{id}", "4f0e2a8c-0000-4000-8000-000000000000"))
                .andExpect(status().isNotFound());
    }
}
