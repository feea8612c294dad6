package org.ourown.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourown.MvcSession;
import org.ourown.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    private MvcSession signIn(String email, String password) throws Exception {
        MvcSession session = new MvcSession(mvc);
        session.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    void aPersonSignsInAndOut() throws Exception {
        StaffView peer = tenants.person(tenants.organization("Sign In Org"), Role.PEER);
        MvcSession session = new MvcSession(mvc);
        session.perform(post("/login")
                        .with(csrf())
                        .param("email", peer.email().toUpperCase())
                        .param("password", TestTenants.PASSWORD))
                .andExpect(redirectedUrl("/"));
        session.perform(get("/account"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(peer.displayName())));
        session.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?signedOut"));
        session.perform(get("/account")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "nobody@example.test")
                        .param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("do not match an account")));
    }

    @Test
    void repeatedMistakesAreSlowedThenLocked() throws Exception {
        StaffView peer = tenants.person(tenants.organization("Throttle Org"), Role.PEER);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/login").with(csrf()).param("email", peer.email()).param("password", "wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("email", peer.email()).param("password", "wrong-3"))
                .andExpect(redirectedUrl("/login?error"));
        // The third mistake set a pause: even the right password must now wait.
        mvc.perform(post("/login").with(csrf()).param("email", peer.email()).param("password", TestTenants.PASSWORD))
                .andExpect(redirectedUrlPattern("/login?wait=*"));
        // Ten mistakes lock the name for fifteen minutes.
        jdbc.sql("update accounts.sign_in_attempt set failures = 9, blocked_until = null where name_key = :key")
                .param("key", org.ourown.accounts.internal.SignInThrottleKeys.key(peer.email()))
                .update();
        mvc.perform(post("/login").with(csrf()).param("email", peer.email()).param("password", "wrong-10"))
                .andExpect(redirectedUrl("/login?error"));
        Long waitSeconds = jdbc.sql("select extract(epoch from blocked_until - now())::bigint"
                        + " from accounts.sign_in_attempt where name_key = :key")
                .param("key", org.ourown.accounts.internal.SignInThrottleKeys.key(peer.email()))
                .query(Long.class)
                .single();
        assertThat(waitSeconds).isBetween(14 * 60L, 15 * 60L);
    }

    @Test
    void aSwitchedOffAccountCannotSignIn() throws Exception {
        OrganizationId org = tenants.organization("Disabled Org");
        StaffView peer = tenants.person(org, Role.PEER);
        SystemTask.run(() -> accounts.changeEnabled(peer.id(), false));
        mvc.perform(post("/login").with(csrf()).param("email", peer.email()).param("password", TestTenants.PASSWORD))
                .andExpect(redirectedUrl("/login?disabled"));
    }

    @Autowired
    Accounts accounts;

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("email", "x@example.test").param("password", "whatever-1234"))
                .andExpect(status().isForbidden());
    }

    @Test
    void changingPasswordNeedsTheCurrentOneAndMatchingRepeats() throws Exception {
        StaffView peer = tenants.person(tenants.organization("Password Org"), Role.PEER);
        MvcSession session = signIn(peer.email(), TestTenants.PASSWORD);
        session.perform(post("/account/password")
                        .with(csrf())
                        .param("currentPassword", "not-my-password")
                        .param("newPassword", "a-brand-new-password")
                        .param("repeatPassword", "a-brand-new-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("current password is not right")));
        session.perform(post("/account/password")
                        .with(csrf())
                        .param("currentPassword", TestTenants.PASSWORD)
                        .param("newPassword", "a-brand-new-password")
                        .param("repeatPassword", "a-brand-new-password"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login").with(csrf()).param("email", peer.email()).param("password", TestTenants.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        signIn(peer.email(), "a-brand-new-password");
    }
}
