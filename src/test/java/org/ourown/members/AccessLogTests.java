package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AccessLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsByStaffAppearInWordsWithTheirPurposeOnTheOrganizationsDay() throws Exception {
        OrganizationId home = tenants.organization("Riverside Words");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        fixtures.shareWith(member, peer, RecordPart.CONTACT);

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "ONE_TO_ONE_SUPPORT")
                        .with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isOk());

        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(lastRead(member));
        mvc.perform(get("/me/access-log").with(authentication(TestTenants.signedIn(member.account()))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Test PEER (peer, Riverside Words) viewed your record on " + day
                                + " — one-to-one support")))
                .andExpect(content()
                        .string(containsString("Test PEER (peer, Riverside Words) viewed your contact details on " + day
                                + " — one-to-one support")));

        String dia = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
                .format(lastRead(member));
        mvc.perform(get("/me/access-log")
                        .param("lang", "es")
                        .with(authentication(TestTenants.signedIn(member.account()))))
                .andExpect(content()
                        .string(containsString("Test PEER (compañero de apoyo, Riverside Words) consultó sus datos de"
                                + " contacto el " + dia + " — apoyo individual")));
    }

    @Test
    void theMembersOwnDoingsAreNotListedAndTheTrailHoldsNoAlias() throws Exception {
        OrganizationId home = tenants.organization("Own Reads");
        Member member = fixtures.member(home, "Quill Own Reads");
        StaffView peer = tenants.person(home, Role.PEER);
        fixtures.shareWithOrganization(member, RecordPart.ROADMAP);
        var asMember = authentication(TestTenants.signedIn(member.account()));
        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "MEMBER_ASKED")
                        .with(asMember))
                .andExpect(status().isOk());

        // The member's own consent is on the trail, written by them, under the word "member" and not their alias.
        List<String> ownEntries = jdbc.sql("select actor_name from audit.entry where person_id = :p and actor_id = :a")
                .param("p", member.id().value())
                .param("a", member.account().id().value())
                .query(String.class)
                .list();
        assertThat(ownEntries).isNotEmpty().containsOnly("member");
        assertThat(jdbc.sql("select count(*) from audit.entry where actor_name like '%Quill Own Reads%'")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(get("/me/access-log").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody else has opened your record yet.")))
                .andExpect(content().string(not(containsString("your consents"))));

        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "KEEPING_IN_TOUCH")
                        .with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isOk());
        mvc.perform(get("/me/access-log").with(asMember))
                .andExpect(content().string(containsString("viewed your record on")))
                .andExpect(content().string(containsString("keeping in touch")))
                .andExpect(content().string(not(containsString("they asked me to"))))
                .andExpect(content().string(not(containsString("your consents"))));
    }

    @Test
    void anotherMemberSeesNothingOfIt() throws Exception {
        OrganizationId home = tenants.organization("Other Member Log");
        Member member = fixtures.member(home);
        Member other = fixtures.member(home);
        StaffView coordinator = tenants.person(home, Role.COORDINATOR);
        mvc.perform(get("/members/{id}", member.id())
                        .param("purpose", "REFERRAL")
                        .with(authentication(TestTenants.signedIn(coordinator))))
                .andExpect(status().isOk());

        mvc.perform(get("/me/access-log").with(authentication(TestTenants.signedIn(member.account()))))
                .andExpect(content().string(containsString("Test COORDINATOR (coordinator, Other Member Log) viewed")));
        mvc.perform(get("/me/access-log").with(authentication(TestTenants.signedIn(other.account()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody else has opened your record yet.")))
                .andExpect(content().string(not(containsString("Test COORDINATOR"))));
    }

    @Test
    void theLogIsPagedNewestFirst() throws Exception {
        OrganizationId home = tenants.organization("Paged Log");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        var asPeer = authentication(TestTenants.signedIn(peer));
        for (int i = 0; i < 25; i++) {
            mvc.perform(get("/members/{id}", member.id())
                    .param("purpose", "ONE_TO_ONE_SUPPORT")
                    .with(asPeer));
        }
        mvc.perform(get("/members/{id}", member.id())
                .param("purpose", "RESPITE_STAY")
                .with(asPeer));
        var asMember = authentication(TestTenants.signedIn(member.account()));

        String first = mvc.perform(get("/me/access-log").with(asMember))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first.indexOf("a respite stay")).isPositive().isLessThan(first.indexOf("one-to-one support"));
        mvc.perform(get("/me/access-log").param("page", "2").with(asMember))
                .andExpect(content().string(containsString("Page 2 of 2")))
                .andExpect(content().string(not(containsString("a respite stay"))));
        mvc.perform(get("/me/access-log").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isNotFound());
    }

    private java.time.LocalDate lastRead(Member member) {
        Instant at = jdbc.sql("select max(occurred_at) from audit.entry where person_id = :p and action = 'READ'")
                .param("p", member.id().value())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        return at.atZone(ZoneId.of("America/New_York")).toLocalDate();
    }
}
