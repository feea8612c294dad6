package org.ourown.members.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.directory.DirectoryFixtures;
import org.ourown.members.CorrectionRequest;
import org.ourown.members.MemberFixtures;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.members.NotesFixtures;
import org.ourown.members.ReferralRequest;
import org.ourown.members.Referrals;
import org.ourown.members.ResponseRequest;
import org.ourown.members.SupportSessionView;
import org.ourown.members.SupportSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** "All my data" includes the member's sessions and referrals; erasure leaves no words and no member behind. */
@SpringBootTest
class SupportNotesDataTests {

    private static final List<String> TABLES =
            List.of("support_session", "session_correction", "session_response", "referral", "support_session_tally");

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures members;

    @Autowired
    NotesFixtures notes;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    SupportSessions sessions;

    @Autowired
    Referrals referrals;

    @Autowired
    Memberships memberships;

    @Autowired
    List<MemberDataEraser> erasers;

    @Autowired
    @Qualifier("supportSessionsExport")
    MemberDataExport sessionsExport;

    @Autowired
    @Qualifier("referralsExport")
    MemberDataExport referralsExport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theExportHasEverySessionWithCorrectionsAndResponseAndEveryReferral() {
        Written written = write("Kestrel");
        MembershipRow row = memberships.find(written.member().id()).orElseThrow();

        MemberDataExport.ExportPart part = sessionsExport.export(row);
        assertThat(part.name()).isEqualTo("supportSessions");
        assertThat(part.printFragment()).isEqualTo("members/notes-print :: sessions");
        String json = JsonMapper.builder().findAndAddModules().build().writeValueAsString(part.data());
        assertThat(json)
                .contains(written.note(), written.correction(), written.response())
                .contains("\"heldOn\"", "\"PEER\"");

        MemberDataExport.ExportPart referralPart = referralsExport.export(row);
        assertThat(referralPart.name()).isEqualTo("referrals");
        assertThat(JsonMapper.builder().findAndAddModules().build().writeValueAsString(referralPart.data()))
                .contains(written.referralNote());
    }

    @Test
    void erasureDeletesTheMembersNotesAndReferralsAndKeepsOnlyACount() {
        Written written = write("Heron");
        Written other = write("Wren");
        long talliesBefore = jdbc.sql("select count(*) from members.support_session_tally")
                .query(Long.class)
                .single();

        transactions.executeWithoutResult(status -> erasers.stream()
                .filter(SupportNotesErasure.class::isInstance)
                .forEach(eraser -> eraser.erase(written.member().id())));

        for (String table : TABLES) {
            String text = jdbc.sql("select coalesce(string_agg(t::text, '|'), '') from members." + table + " t")
                    .query(String.class)
                    .single();
            assertThat(text)
                    .as(table)
                    .doesNotContain(written.member().id().toString())
                    .doesNotContain(written.note())
                    .doesNotContain(written.correction())
                    .doesNotContain(written.response())
                    .doesNotContain(written.referralNote());
        }
        assertThat(jdbc.sql("select count(*) from members.support_session_tally")
                        .query(Long.class)
                        .single())
                .isEqualTo(talliesBefore + 1);
        assertThat(notes.rows("support_session", other.member()))
                .as("others' notes stay")
                .isOne();
        assertThat(notes.rows("referral", other.member())).isOne();
    }

    record Written(Member member, String note, String correction, String response, String referralNote) {}

    private Written write(String alias) {
        OrganizationId home = tenants.organization("Data " + alias);
        StaffView peer = tenants.person(home, Role.PEER);
        Member member = members.member(home, alias);
        String unique = UUID.randomUUID().toString();
        Written written = new Written(
                member, "Note " + unique, "Correction " + unique, "Response " + unique, "Referral " + unique);
        SupportSessionView session = notes.session(member, peer, written.note());
        TestTenants.as(
                peer, () -> sessions.correct(member.id(), session.id(), new CorrectionRequest(written.correction())));
        TestTenants.as(member.account(), () -> sessions.respond(session.id(), new ResponseRequest(written.response())));
        DirectoryFixtures.Listing listing = directory.listing(home, "Respite " + alias);
        notes.shareWithOtherOrganization(member, listing.organization());
        TestTenants.as(
                peer,
                () -> referrals.refer(member.id(), new ReferralRequest(listing.service(), written.referralNote())));
        return written;
    }
}
