package org.ourown.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApiConventionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInIsAskedForAsAProblem() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Please sign in"));
    }

    @Test
    void anUnknownRecordIsAProblemNotAPage() throws Exception {
        StaffView admin = tenants.person(tenants.organization("Api Org"), Role.ADMIN);
        mvc.perform(get("/api/staff/{id}", "0b0e2a8c-0000-4000-8000-000000000000")
                        .with(httpBasic(admin.email(), TestTenants.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aMalformedIdIsABadRequestProblem() throws Exception {
        StaffView admin = tenants.person(tenants.organization("Api Org"), Role.ADMIN);
        mvc.perform(get("/api/staff/not-a-uuid").with(httpBasic(admin.email(), TestTenants.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
    }

    @Test
    void invalidInputNamesEachFieldAndWritesNothing() throws Exception {
        StaffView admin = tenants.person(tenants.organization("Api Org"), Role.ADMIN);
        long before = jdbc.sql("select count(*) from accounts.account")
                .query(Long.class)
                .single();
        mvc.perform(
                        post("/api/staff")
                                .with(httpBasic(admin.email(), TestTenants.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"email\":\"not-an-email\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.email").exists())
                .andExpect(jsonPath("$.errors.displayName").exists())
                .andExpect(jsonPath("$.errors.password").value("A password needs 12 to 200 characters."))
                .andExpect(jsonPath("$.errors.roles").exists());
        mvc.perform(post("/api/staff")
                        .with(httpBasic(admin.email(), TestTenants.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        long after = jdbc.sql("select count(*) from accounts.account")
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(after).isEqualTo(before);
    }

    @Test
    void aBrokenDomainRuleIsAProblemInTheCallersLanguage() throws Exception {
        StaffView admin = tenants.person(tenants.organization("Api Org"), Role.ADMIN);
        mvc.perform(post("/api/staff")
                        .with(httpBasic(admin.email(), TestTenants.PASSWORD))
                        .header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + admin.email() + "\",\"displayName\":\"Twin\","
                                + "\"password\":\"long-enough-password\",\"roles\":[\"PEER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").value("Ya existe una cuenta con este correo."));
    }

    @Test
    void peersCannotManageAccounts() throws Exception {
        StaffView peer = tenants.person(tenants.organization("Api Org"), Role.PEER);
        mvc.perform(get("/api/staff").with(httpBasic(peer.email(), TestTenants.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pageZeroIsRefusedClearly() throws Exception {
        StaffView admin = tenants.person(tenants.organization("Api Org"), Role.ADMIN);
        mvc.perform(get("/api/staff").param("page", "0").with(httpBasic(admin.email(), TestTenants.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").value("Pages are numbered from 1."));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.info.title").value("OurOwn API"))
                .andExpect(jsonPath("$.paths['/api/staff/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/organizations'].post").exists());
    }

    @Test
    void healthAndReadinessAreServed() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        StaffView admin = tenants.person(tenants.organization("Api Org"), Role.ADMIN);
        mvc.perform(get("/actuator/env").with(authentication(TestTenants.signedIn(admin))))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string(
                                "Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
}
