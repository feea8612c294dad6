package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.directory.DirectoryFixtures;
import org.ourown.directory.DirectoryFixtures.Listing;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A referral discloses to another organization: only under an active consent naming exactly that organization. */
@SpringBootTest
class ReferralsTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures members;

    @Autowired
    NotesFixtures notes;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    Referrals referrals;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    Member member;
    Listing harbor;
    Listing meadow;

    @BeforeEach
    void people() {
        home = tenants.organization("Referral Home");
        peer = tenants.person(home, Role.PEER);
        member = members.member(home, "Robin");
        harbor = directory.listing(
                home, "Harbor Respite " + UUID.randomUUID().toString().substring(0, 6));
        meadow = directory.listing(
                home, "Meadow Warm Line " + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void withoutAConsentNamingTheOrganizationNothingIsSaved() {
        NoConsentForOrganization refused = refuse(harbor);
        assertThat(refused.organizationName()).startsWith("Harbor Respite");
        assertThat(refused.messageKey()).isEqualTo("referral.consent.missing");

        members.shareWithOrganization(member, RecordPart.values());
        refuse(harbor);
        assertThat(notes.rows("referral", member)).isZero();
        assertThat(notes.audited(member, "member-referral", "DISCLOSE")).isZero();
    }

    @Test
    void aConsentNamingAnotherOrganizationDoesNotCover() {
        notes.shareWithOtherOrganization(member, meadow.organization());
        refuse(harbor);
        assertThat(notes.rows("referral", member)).isZero();
    }

    @Test
    void withTheConsentTheReferralIsSavedAuditedAsADisclosureAndShownToTheMember() {
        UUID consent =
                notes.shareWithOtherOrganization(member, harbor.organization()).id();

        ReferralView made = TestTenants.as(
                peer,
                () -> referrals.refer(member.id(), new ReferralRequest(harbor.service(), "Robin asked for a bed.")));

        assertThat(made.organization()).isEqualTo(harbor.organization());
        assertThat(made.madeBy().name()).isEqualTo(peer.displayName());
        assertThat(jdbc.sql("select consent_id from members.referral where id = :id")
                        .param("id", made.id())
                        .query(UUID.class)
                        .single())
                .isEqualTo(consent);
        assertThat(jdbc.sql("select purpose from audit.entry where person_id = :p and action = 'DISCLOSE'")
                        .param("p", member.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("REFERRAL");
        assertThat(TestTenants.as(member.account(), () -> referrals.mine()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.serviceName()).startsWith("Harbor Respite");
                    assertThat(r.note()).isEqualTo("Robin asked for a bed.");
                });
    }

    @Test
    void aRevokedConsentRefuses() {
        UUID consent =
                notes.shareWithOtherOrganization(member, harbor.organization()).id();
        TestTenants.as(member.account(), () -> {
            consents.revoke(consent);
            return null;
        });
        refuse(harbor);
        assertThat(notes.rows("referral", member)).isZero();
    }

    @Test
    void anEndedConsentRefuses() {
        UUID consent =
                notes.shareWithOtherOrganization(member, harbor.organization()).id();
        LocalDate today = members.today(member);
        jdbc.sql("update members.consent set starts_on = :start, ends_on = :end where id = :id")
                .param("start", java.sql.Date.valueOf(today.minusDays(30)))
                .param("end", java.sql.Date.valueOf(today.minusDays(1)))
                .param("id", consent)
                .update();
        refuse(harbor);
        assertThat(notes.rows("referral", member)).isZero();
    }

    @Test
    void unknownServicesAndOtherOrganizationsStaffAreRefused() {
        notes.shareWithOtherOrganization(member, harbor.organization());
        assertThatThrownBy(() -> TestTenants.as(
                        peer, () -> referrals.refer(member.id(), new ReferralRequest(UUID.randomUUID(), null))))
                .isInstanceOf(Rejected.class)
                .hasMessage("referral.service.required");
        StaffView stranger = tenants.person(tenants.organization("Referral Away"), Role.PEER);
        assertThatThrownBy(() -> TestTenants.as(
                        stranger, () -> referrals.refer(member.id(), new ReferralRequest(harbor.service(), null))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TestTenants.as(
                        member.account(),
                        () -> referrals.refer(member.id(), new ReferralRequest(harbor.service(), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notes.rows("referral", member)).isZero();
    }

    private NoConsentForOrganization refuse(Listing listing) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> TestTenants.as(
                peer, () -> referrals.refer(member.id(), new ReferralRequest(listing.service(), "Please call them."))));
        assertThat(thrown).isInstanceOf(NoConsentForOrganization.class);
        return (NoConsentForOrganization) thrown;
    }
}
