package org.ourown.members;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MembersApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Test
    void aMemberSharesOverJsonAndAPeerReadsWhatWasShared() throws Exception {
        OrganizationId home = tenants.organization("Api Members");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        var asMember = httpBasic(member.account().email(), TestTenants.PASSWORD);
        var asPeer = httpBasic(peer.email(), TestTenants.PASSWORD);

        mvc.perform(get("/api/members/{id}", member.id())
                        .param("purpose", "KEEPING_IN_TOUCH")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.readable", hasSize(0)));

        mvc.perform(post("/api/me/consents")
                        .with(asMember)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\":\"PERSON\",\"person\":\"" + peer.id() + "\",\"parts\":[\"CONTACT\"],"
                                + "\"purpose\":\"KEEPING_IN_TOUCH\",\"startsOn\":\"" + fixtures.today(member) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ACTIVE"));

        mvc.perform(get("/api/members/{id}", member.id())
                        .param("purpose", "KEEPING_IN_TOUCH")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(member.id().toString()))
                .andExpect(jsonPath("$.contact.detail").value("555 0100"));
        mvc.perform(get("/api/me/membership").with(asMember))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alias").value(member.alias()));
    }

    @Test
    void badRequestsGetProblemDetails() throws Exception {
        OrganizationId home = tenants.organization("Api Problems");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        var asMember = httpBasic(member.account().email(), TestTenants.PASSWORD);

        mvc.perform(get("/api/members/{id}", member.id()).with(httpBasic(peer.email(), TestTenants.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/me/consents")
                        .with(asMember)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\":\"PERSON\",\"parts\":[],\"purpose\":\"KEEPING_IN_TOUCH\","
                                + "\"startsOn\":\"" + fixtures.today(member) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.parts").exists());
        mvc.perform(post("/api/me/consents")
                        .with(asMember)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\":\"PERSON\",\"parts\":[\"NOTES\"],\"purpose\":\"KEEPING_IN_TOUCH\","
                                + "\"startsOn\":\"" + fixtures.today(member) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.person").exists());
        mvc.perform(post("/api/members")
                        .with(asMember)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\":\"Someone\"}"))
                .andExpect(status().isForbidden());
    }
}
