package org.ourown.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Friendly pages for 403, 404 and 500, in the person's language, never a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Test
    void anUnknownPageIsAFriendlyNotFound() throws Exception {
        var peer = tenants.person(tenants.organization("Errors Org"), Role.PEER);
        var result = mvc.perform(get("/admin/staff/{id}", "4f0e2a8c-0000-4000-8000-000000000000")
                        .with(authentication(TestTenants.signedIn(peer))))
                .andReturn();
        // A peer may not open admin pages at all: forbidden, with a page that says so kindly.
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void notFoundPagesSpeakPlainly() throws Exception {
        var admin = tenants.person(tenants.organization("Errors Org"), Role.ADMIN);
        mvc.perform(get("/admin/staff/{id}", "4f0e2a8c-0000-4000-8000-000000000000")
                        .with(authentication(TestTenants.signedIn(admin))))
                .andExpect(status().isNotFound());
    }

    @Test
    void spanishVisitorsGetSpanishPages() throws Exception {
        mvc.perform(get("/").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"es\"")))
                .andExpect(content().string(Matchers.containsString("Saltar al contenido principal")));
        mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(content().string(Matchers.containsString("Entrar")));
    }

    @Test
    void pagesHaveLandmarksASkipLinkAndCrisisNumbers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("<a class=\"skip-link\" href=\"#main\"")))
                .andExpect(content().string(Matchers.containsString("<main id=\"main\"")))
                .andExpect(content().string(Matchers.containsString("<nav aria-label=\"Main\">")))
                .andExpect(content().string(Matchers.containsString("<label for=\"email\">")))
                .andExpect(content().string(Matchers.containsString("988")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString(" style=\""))));
    }
}
