package org.ourown.members.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.members.RecordPart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MyExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<MemberDataExport> everyPart;

    @Autowired
    Memberships memberships;

    @Test
    void theJsonFileHoldsTheProfileTheConsentsAndEveryPartThereIs() throws Exception {
        OrganizationId home = tenants.organization("Export Harbor");
        Member member = fixtures.member(home, "Wren Export");
        StaffView peer = tenants.person(home, Role.PEER);
        fixtures.shareWith(member, peer, RecordPart.NOTES, RecordPart.PLAN_CRISIS);

        var response = mvc.perform(get("/me/export.json").with(authentication(TestTenants.signedIn(member.account()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("my-record.json")))
                .andExpect(jsonPath("$.profile.alias").value("Wren Export"))
                .andExpect(jsonPath("$.profile.organization").value("Export Harbor"))
                .andExpect(jsonPath("$.profile.pronouns").value("they/them"))
                .andExpect(jsonPath("$.profile.contactDetail").value("555 0100"))
                .andExpect(jsonPath("$.consents[0].granteeName").value(peer.displayName()))
                .andExpect(jsonPath("$.consents[0].purpose").value("ONE_TO_ONE_SUPPORT"))
                .andExpect(jsonPath("$.consents[0].state").value("ACTIVE"))
                .andExpect(jsonPath("$.exportedAt").exists());
        assertThat(everyPart).hasSizeGreaterThanOrEqualTo(2);
        MembershipRow row = memberships.find(member.id()).orElseThrow();
        for (MemberDataExport part : everyPart) {
            String name =
                    TestTenants.as(member.account(), () -> part.export(row).name());
            response.andExpect(jsonPath("$." + name).exists());
        }
        assertThat(jdbc.sql("select count(*) from audit.entry where person_id = :p and action = 'EXPORT'"
                                + " and record_type = 'member-export'")
                        .param("p", member.id().value())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void thePrintablePageShowsEveryPartThroughItsOwnFragment() throws Exception {
        OrganizationId home = tenants.organization("Export Print");
        Member member = fixtures.member(home, "Wren Print");
        fixtures.shareWithOrganization(member, RecordPart.ROADMAP);

        mvc.perform(get("/me/export").with(authentication(TestTenants.signedIn(member.account()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Everything about me")))
                .andExpect(content().string(containsString("Wren Print")))
                .andExpect(content().string(containsString("555 0100")))
                .andExpect(content().string(containsString("Everyone on staff at Export Print")))
                .andExpect(content().string(containsString("roadmap")))
                .andExpect(content().string(containsString("id=\"part-profile\"")))
                .andExpect(content().string(containsString("id=\"part-consents\"")))
                .andExpect(content().string(containsString("href=\"/me/export.json\"")));
    }

    @Test
    void eachPersonExportsOnlyTheirOwn() throws Exception {
        OrganizationId home = tenants.organization("Export Own");
        Member member = fixtures.member(home, "Wren Mine");
        Member other = fixtures.member(home, "Wren Theirs");
        StaffView coordinator = tenants.person(home, Role.COORDINATOR);

        mvc.perform(get("/me/export.json").with(authentication(TestTenants.signedIn(other.account()))))
                .andExpect(jsonPath("$.profile.alias").value("Wren Theirs"))
                .andExpect(content().string(not(containsString("Wren Mine"))));
        mvc.perform(get("/me/export.json").with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/export").with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/export.json")).andExpect(status().is3xxRedirection());
        assertThat(member.alias()).isEqualTo("Wren Mine");
    }
}
