package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.MvcSession;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MembersPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonJoinsWithoutHelpAndSignsInWithTheNameTheyChose() throws Exception {
        OrganizationId home = tenants.organization("Pages Join");
        String slug = fixtures.slug(home);
        mvc.perform(get("/join")).andExpect(status().isOk()).andExpect(content().string(containsString(slug)));

        mvc.perform(post("/join/{slug}", slug)
                        .with(csrf())
                        .param("alias", "")
                        .param("signInName", "no spaces allowed")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an alias")))
                .andExpect(content().string(containsString("letters, digits and . _ - @ + only")))
                .andExpect(content().string(containsString("At least 12 characters")));

        String name = "meadow" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/join/{slug}", slug)
                        .with(csrf())
                        .param("alias", "Meadow")
                        .param("signInName", name)
                        .param("password", "meadow-password-1")
                        .param("contactMethod", "NONE"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "member.join.welcome"));

        MvcSession session = new MvcSession(mvc);
        session.perform(post("/login").with(csrf()).param("email", name).param("password", "meadow-password-1"))
                .andExpect(redirectedUrl("/"));
        session.perform(get("/me"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meadow")))
                .andExpect(content().string(containsString("Pages Join")));
    }

    @Test
    void unknownOrganizationsAreNotFound() throws Exception {
        mvc.perform(get("/join/{slug}", "no-such-org")).andExpect(status().isNotFound());
    }

    @Test
    void aMemberSharesAPartAndTakesItBack() throws Exception {
        OrganizationId home = tenants.organization("Pages Consent");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        var asMember = authentication(TestTenants.signedIn(member.account()));

        mvc.perform(get("/me/consents").param("part", "PLAN_CRISIS").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(peer.displayName())))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"PLAN_CRISIS\"[^>]*checked.*")));

        mvc.perform(post("/me/consents")
                        .with(asMember)
                        .with(csrf())
                        .param("grantee", "PERSON")
                        .param("person", "")
                        .param("parts", "PLAN_CRISIS")
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .param("startsOn", fixtures.today(member).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a person from the list")));
        assertThat(consentCount(member)).isZero();

        mvc.perform(post("/me/consents")
                        .with(asMember)
                        .with(csrf())
                        .param("grantee", "PERSON")
                        .param("person", peer.id().toString())
                        .param("parts", "PLAN_CRISIS", "ROADMAP")
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .param("startsOn", fixtures.today(member).toString())
                        .param("endsOn", "not-a-date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That value is not one we can use here")));

        mvc.perform(post("/me/consents")
                        .with(asMember)
                        .with(csrf())
                        .param("grantee", "PERSON")
                        .param("person", peer.id().toString())
                        .param("parts", "PLAN_CRISIS", "ROADMAP")
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .param("startsOn", fixtures.today(member).toString()))
                .andExpect(redirectedUrl("/me/consents"));
        assertThat(consentCount(member)).isOne();

        UUID id = jdbc.sql("select id from members.consent where membership_id = :m")
                .param("m", member.id().value())
                .query(UUID.class)
                .single();
        mvc.perform(post("/me/consents/{id}/revoke", id).with(asMember).with(csrf()))
                .andExpect(redirectedUrl("/me/consents"));
        mvc.perform(get("/me/consents").with(asMember))
                .andExpect(content().string(containsString("Taken back")))
                .andExpect(content().string(not(containsString("/me/consents/" + id + "/revoke"))));
    }

    @Test
    void staffStateAPurposeBeforeTheRecordOpens() throws Exception {
        OrganizationId home = tenants.organization("Pages Purpose");
        Member member = fixtures.member(home, "<script>alert(1)</script>");
        StaffView peer = tenants.person(home, Role.PEER);
        var asPeer = authentication(TestTenants.signedIn(peer));

        mvc.perform(get("/members/{id}", member.id()).with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"purpose\"")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("555 0100"))));
        assertThat(reads(member)).isZero();

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "REFERRAL")
                        .with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a referral they asked for")))
                .andExpect(content().string(containsString("Not shared with you")));
        assertThat(reads(member)).isOne();

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "CURIOSITY")
                        .with(asPeer))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/members").param("q", "script").with(asPeer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/members/" + member.id())));
    }

    @Test
    void aPeerMakesAMembershipAndHandsOverACode() throws Exception {
        OrganizationId home = tenants.organization("Pages Enrol");
        StaffView peer = tenants.person(home, Role.PEER);
        String page = mvc.perform(post("/members")
                        .with(authentication(TestTenants.signedIn(peer)))
                        .with(csrf())
                        .param("alias", "Ash")
                        .param("contactMethod", "NONE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String code = page.replaceAll("(?s).*id=\"claim-code\">([A-Z0-9-]+)<.*", "$1");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        mvc.perform(post("/join/claim")
                        .with(csrf())
                        .param("code", "WRONG-CODE-0000")
                        .param(
                                "signInName",
                                "ash" + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", "ash-password-123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That code does not work")));
        mvc.perform(post("/join/claim")
                        .with(csrf())
                        .param("code", code)
                        .param(
                                "signInName",
                                "ash" + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", "ash-password-123"))
                .andExpect(redirectedUrl("/login"));
    }

    private long consentCount(Member member) {
        return jdbc.sql("select count(*) from members.consent where membership_id = :m")
                .param("m", member.id().value())
                .query(Long.class)
                .single();
    }

    private long reads(Member member) {
        return jdbc.sql("select count(*) from audit.entry where person_id = :p and action = 'READ'")
                .param("p", member.id().value())
                .query(Long.class)
                .single();
    }
}
