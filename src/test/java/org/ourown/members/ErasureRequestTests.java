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
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ErasureRequestTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** Other modules listen for it; here it is recorded to prove it is published once, with the right ids. */
    @Autowired
    ApplicationEvents events;

    @Test
    void aMemberAsksOnceAndCanTakeItBack() throws Exception {
        OrganizationId home = tenants.organization("Erase Ask");
        Member member = fixtures.member(home);
        var asMember = authentication(TestTenants.signedIn(member.account()));

        mvc.perform(get("/me/erase").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What is erased")))
                .andExpect(content().string(containsString("What is kept")))
                .andExpect(content().string(containsString("name=\"understood\"")));

        mvc.perform(post("/me/erase").with(asMember).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick the box to say you understand")));
        assertThat(requests(member)).isZero();

        mvc.perform(post("/me/erase").with(asMember).with(csrf()).param("understood", "true"))
                .andExpect(redirectedUrl("/me/erase"))
                .andExpect(flash().attribute("notice", "erasure.asked"));
        assertThat(requests(member)).isOne();
        mvc.perform(get("/me/erase").with(asMember))
                .andExpect(content().string(containsString("You asked to be erased on")))
                .andExpect(content().string(containsString("/me/erase/withdraw")));

        mvc.perform(post("/me/erase").with(asMember).with(csrf()).param("understood", "true"))
                .andExpect(redirectedUrl("/me/erase"))
                .andExpect(flash().attribute("notice", "erasure.alreadyAsked"));
        assertThat(requests(member)).isOne();

        mvc.perform(post("/me/erase/withdraw").with(asMember).with(csrf()))
                .andExpect(redirectedUrl("/me/erase"))
                .andExpect(flash().attribute("notice", "erasure.withdrawn"));
        assertThat(requests(member)).isZero();
        assertThat(membershipExists(member)).isTrue();
        mvc.perform(post("/me/erase/withdraw").with(asMember).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorOfTheSameOrganizationConfirmsAndEverythingGoesAtOnce() throws Exception {
        OrganizationId home = tenants.organization("Erase Confirm");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        StaffView coordinator = tenants.person(home, Role.COORDINATOR);
        fixtures.shareWith(member, peer, RecordPart.NOTES);
        ask(member);

        mvc.perform(get("/members/erasures").with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.alias() + " asked on")))
                .andExpect(content().string(containsString("/members/erasures/" + member.id() + "/confirm")));
        mvc.perform(get("/members/erasures").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/members").with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(content().string(containsString("<a href=\"/members/erasures\"")));
        mvc.perform(get("/members").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(content().string(not(containsString("href=\"/members/erasures\""))));
        mvc.perform(post("/members/erasures/{id}/confirm", member.id())
                        .with(authentication(TestTenants.signedIn(peer)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(membershipExists(member)).isTrue();

        mvc.perform(post("/members/erasures/{id}/confirm", member.id())
                        .with(authentication(TestTenants.signedIn(coordinator)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/members/erasures"))
                .andExpect(flash().attribute("notice", "erasure.confirmed"));

        assertThat(membershipExists(member)).isFalse();
        assertThat(count(
                        "select count(*) from members.consent where membership_id = :id",
                        member.id().value()))
                .isZero();
        assertThat(count(
                        "select count(*) from accounts.account where id = :id",
                        member.account().id().value()))
                .isZero();
        assertThat(count("select count(*) from members.erasure where organization_id = :id", home.value()))
                .isOne();
        assertThat(count(
                        "select count(*) from audit.entry where person_id = :id and action = 'ERASE'"
                                + " and record_type = 'member-erasure' and purpose = 'ERASURE_REQUEST'",
                        member.id().value()))
                .isOne();
        assertThat(events.stream(MemberErased.class))
                .filteredOn(e -> e.membership().equals(member.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.organization()).isEqualTo(home);
                    assertThat(e.account()).isEqualTo(member.account().id());
                });
        mvc.perform(get("/members/erasures").with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(content().string(not(containsString(member.alias()))));
        mvc.perform(post("/members/erasures/{id}/confirm", member.id())
                        .with(authentication(TestTenants.signedIn(coordinator)))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void nothingIsErasedWithoutARequestOrAcrossOrganizations() throws Exception {
        OrganizationId home = tenants.organization("Erase Home");
        OrganizationId other = tenants.organization("Erase Other");
        Member notAsking = fixtures.member(home);
        Member elsewhere = fixtures.member(other);
        ask(elsewhere);
        StaffView admin = tenants.person(home, Role.ADMIN);
        var asAdmin = authentication(TestTenants.signedIn(admin));

        mvc.perform(post("/members/erasures/{id}/confirm", notAsking.id())
                        .with(asAdmin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/members/erasures/{id}/confirm", elsewhere.id())
                        .with(asAdmin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/members/erasures/{id}/confirm", UUID.randomUUID())
                        .with(asAdmin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/members/erasures").with(asAdmin))
                .andExpect(content().string(containsString("Nobody is waiting")))
                .andExpect(content().string(not(containsString(elsewhere.alias()))));
        assertThat(membershipExists(notAsking)).isTrue();
        assertThat(membershipExists(elsewhere)).isTrue();
        assertThat(requests(elsewhere)).isOne();
    }

    private void ask(Member member) throws Exception {
        mvc.perform(post("/me/erase")
                        .with(authentication(TestTenants.signedIn(member.account())))
                        .with(csrf())
                        .param("understood", "true"))
                .andExpect(redirectedUrl("/me/erase"));
    }

    private long requests(Member member) {
        return count(
                "select count(*) from members.erasure_request where membership_id = :id",
                member.id().value());
    }

    private boolean membershipExists(Member member) {
        return count(
                        "select count(*) from members.membership where id = :id",
                        member.id().value())
                == 1;
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
