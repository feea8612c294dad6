package org.ourown.warmline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.warmline.WarmlineFixtures.Line;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A script that throws its cookies away still meets a limit: starts per network address per hour. */
@SpringBootTest(properties = "ourown.warmline.starts-per-address-per-hour=3")
@AutoConfigureMockMvc
class WarmlineStartThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    WarmlineFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFourthStartFromOneAddressWithinAnHourIsRefusedKindlyAndKeepsNothing() throws Exception {
        OrganizationId home = tenants.organization("Throttled Line");
        Line line = fixtures.line(home, true);
        for (int i = 0; i < 2; i++) {
            // No cookies kept between tries: each is a new visitor as far as the daily limit knows.
            mvc.perform(post("/warmline/{slug}/chats", line.slug())
                            .with(from("203.0.113.7"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", containsString("/warmline/chat/")));
        }
        mvc.perform(post("/api/warmline/lines/{slug}/chats", line.slug())
                        .with(from("203.0.113.7"))
                        .with(csrf()))
                .andExpect(status().isCreated());
        assertThat(chats(line)).isEqualTo(3);

        org.ourown.MvcSession browser = new org.ourown.MvcSession(mvc);
        browser.perform(post("/warmline/{slug}/chats", line.slug())
                        .with(from("203.0.113.7"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/warmline/" + line.slug()))
                .andExpect(flash().attribute("refusal", "warmline.start.tooMany"));
        mvc.perform(post("/api/warmline/lines/{slug}/chats", line.slug())
                        .with(from("203.0.113.7"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("988")));
        assertThat(chats(line)).as("refused starts keep nothing").isEqualTo(3);

        mvc.perform(post("/warmline/{slug}/chats", line.slug())
                        .with(from("203.0.113.8"))
                        .with(csrf()))
                .andExpect(header().string("Location", containsString("/warmline/chat/")));
        browser.perform(get("/warmline/{slug}", line.slug()))
                .andExpect(content().string(containsString("Many chats have started from this connection")));
    }

    private long chats(Line line) {
        return jdbc.sql("select count(*) from warmline.chat where line_id = ?")
                .param(line.id().value())
                .query(Long.class)
                .single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
