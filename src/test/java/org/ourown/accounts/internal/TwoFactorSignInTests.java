package org.ourown.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ourown.MvcSession;
import org.ourown.TestTenants;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TwoFactorSignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    private MvcSession passwordStep(StaffView person, String expectedRedirect) throws Exception {
        MvcSession session = new MvcSession(mvc);
        session.perform(post("/login")
                        .with(csrf())
                        .param("email", person.email())
                        .param("password", TestTenants.PASSWORD))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    @Test
    void staffTurnOnCodesAndThenNeedThemToSignIn() throws Exception {
        StaffView coordinator = tenants.person(tenants.organization("Two Factor Org"), Role.COORDINATOR);
        MvcSession first = passwordStep(coordinator, "/");

        String page = first.perform(get("/account/two-factor"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher shown =
                java.util.regex.Pattern.compile("id=\"secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);
        assertThat(secret).matches("[A-Z2-7]{32}");
        long step = TotpCodes.step(Instant.now());
        first.perform(post("/account/two-factor").with(csrf()).param("code", "000000"))
                .andExpect(status().isOk());
        first.perform(post("/account/two-factor").with(csrf()).param("code", TotpCodes.code(secret, step)))
                .andExpect(redirectedUrl("/account"));

        MvcSession second = passwordStep(coordinator, "/login/code");
        // Half-way: no page opens but the code page.
        second.perform(get("/account")).andExpect(redirectedUrl("/login/code"));
        second.perform(post("/login/code").with(csrf()).param("code", "123456")).andExpect(status().isBadRequest());
        second.perform(post("/login/code").with(csrf()).param("code", TotpCodes.code(secret, step + 1)))
                .andExpect(redirectedUrl("/"));
        second.perform(get("/account")).andExpect(status().isOk());

        // The API cannot ask for a code, so it refuses password-only sign-in for this account.
        mvc.perform(get("/api/me").with(httpBasic(coordinator.email(), TestTenants.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void membersAreNotOfferedCodes() throws Exception {
        StaffView member = tenants.person(tenants.organization("Member Org"), Role.MEMBER);
        MvcSession session = passwordStep(member, "/");
        session.perform(get("/account/two-factor")).andExpect(status().isForbidden());
    }
}
