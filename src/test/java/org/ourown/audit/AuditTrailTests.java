package org.ourown.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.shared.Paging;
import org.ourown.shared.PersonalDataAccessed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void readingAPersonsAccountIsRecordedWithWhoWhatAndWhy() {
        OrganizationId org = tenants.organization("Audit Org");
        StaffView admin = tenants.person(org, Role.ADMIN);
        StaffView peer = tenants.person(org, Role.PEER);

        TestTenants.as(admin, () -> accounts.get(peer.id()));

        Paging<AuditEntryView> entries = TestTenants.as(admin, () -> trail.entries(1, 50));
        AuditEntryView newest = entries.items().get(0);
        assertThat(newest.action()).isEqualTo("READ");
        assertThat(newest.recordType()).isEqualTo("staff-account");
        assertThat(newest.recordId()).isEqualTo(peer.id().toString());
        assertThat(newest.personId()).isEqualTo(peer.id().value());
        assertThat(newest.actorId()).isEqualTo(admin.id().value());
        assertThat(newest.actorName()).isEqualTo(admin.displayName());
        assertThat(newest.purpose()).isEqualTo("account administration");
        // Creating both accounts was recorded too, in this organization's chain only.
        assertThat(entries.items()).extracting(AuditEntryView::action).containsExactly("READ", "CREATE", "CREATE");
        assertThat(TestTenants.as(admin, trail::verify).intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        OrganizationId org = tenants.organization("Append Only Org");
        tenants.person(org, Role.PEER);
        assertThatThrownBy(() -> jdbc.sql("update audit.entry set actor_name = 'x' where organization_id = :org")
                        .param("org", org.value())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where organization_id = :org")
                        .param("org", org.value())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void theCheckNamesTheFirstTamperedEntry() {
        OrganizationId org = tenants.organization("Tamper Org");
        StaffView admin = tenants.person(org, Role.ADMIN);
        StaffView peer = tenants.person(org, Role.PEER);
        for (int i = 0; i < 3; i++) {
            TestTenants.as(admin, () -> accounts.get(peer.id()));
        }
        long target = jdbc.sql("select seq from audit.entry where organization_id = :org order by seq offset 2 limit 1")
                .param("org", org.value())
                .query(Long.class)
                .single();
        // Someone with the database's superuser password goes around the trigger.
        jdbc.sql("alter table audit.entry disable trigger entry_append_only").update();
        try {
            jdbc.sql("update audit.entry set purpose = 'curiosity' where seq = :seq")
                    .param("seq", target)
                    .update();
        } finally {
            jdbc.sql("alter table audit.entry enable trigger entry_append_only").update();
        }
        ChainCheck check = TestTenants.as(admin, trail::verify);
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenSequence()).isEqualTo(target);
        assertThat(check.entries()).isEqualTo(5);
    }

    @Test
    void adminsSeeTheirOrganizationsEntriesAndPeersDoNot() throws Exception {
        OrganizationId org = tenants.organization("Audit Page Org");
        StaffView admin = tenants.person(org, Role.ADMIN);
        StaffView peer = tenants.person(org, Role.PEER);
        TestTenants.as(admin, () -> accounts.get(peer.id()));

        mvc.perform(get("/admin/audit").with(authentication(TestTenants.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(admin.displayName())))
                .andExpect(content().string(Matchers.containsString("account administration")));
        mvc.perform(post("/admin/audit/verify").with(csrf()).with(authentication(TestTenants.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("entries are whole")));
        mvc.perform(get("/admin/audit").with(authentication(TestTenants.signedIn(peer))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPersonReadsWhatOthersDidAboutThemInTheirOrganizationOnly() {
        OrganizationId org = tenants.organization("About Person Org");
        OrganizationId elsewhere = tenants.organization("About Person Elsewhere");
        StaffView member = tenants.person(org, Role.MEMBER);
        StaffView peer = tenants.person(org, Role.PEER);
        StaffView stranger = tenants.person(elsewhere, Role.PEER);
        java.util.UUID person = java.util.UUID.randomUUID();
        publish(member, org, person, PersonalDataAccessed.Action.UPDATE);
        publish(peer, org, person, PersonalDataAccessed.Action.READ);
        publish(stranger, elsewhere, person, PersonalDataAccessed.Action.READ);
        publish(null, org, person, PersonalDataAccessed.Action.CREATE);

        Paging<AuditEntryView> mine = TestTenants.as(
                member, () -> trail.aboutPerson(person, member.id().value(), 1, 10));
        assertThat(mine.total()).isOne();
        assertThat(mine.items()).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(peer.id().value());
            assertThat(e.actorName()).isEqualTo(peer.displayName());
            assertThat(e.actorRoles()).isEqualTo("PEER");
            assertThat(e.purpose()).isEqualTo("ONE_TO_ONE_SUPPORT");
        });
        // A member-only account is written down as "member": the log never holds a member's alias.
        assertThat(jdbc.sql("select actor_name from audit.entry where person_id = :p and actor_id = :a")
                        .param("p", person)
                        .param("a", member.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("member");
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private void publish(
            StaffView actor, OrganizationId org, java.util.UUID person, PersonalDataAccessed.Action action) {
        PersonalDataAccessed event = new PersonalDataAccessed(
                org.value(), "member-notes", person.toString(), person, action, "ONE_TO_ONE_SUPPORT");
        if (actor == null) {
            events.publishEvent(event);
        } else {
            TestTenants.as(actor, () -> {
                events.publishEvent(event);
                return null;
            });
        }
    }
}
