package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class MembershipTests {

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonJoinsWithAnAliasAlone() {
        OrganizationId home = tenants.organization("Join Home");
        String name = "river-" + UUID.randomUUID();
        MembershipId id = members.join(
                        fixtures.slug(home),
                        new NewMemberAccount(name, "River", TestTenants.PASSWORD),
                        new MemberProfile("River", " ", "", ContactMethod.NONE, "", false))
                .membership();

        assertThat(jdbc.sql("select alias, pronouns, preferred_language, account_id is not null from members.membership"
                                + " where id = :id")
                        .param("id", id.value())
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                                + rs.getBoolean(4))
                        .single())
                .as("blank means prefer not to say, stored as nothing")
                .isEqualTo("River|null|null|true");
        assertThat(jdbc.sql("select roles from accounts.account where email = :n")
                        .param("n", name)
                        .query(String.class)
                        .single())
                .isEqualTo("MEMBER");
    }

    @Test
    void aJoinThatFailsWritesNothing() {
        OrganizationId home = tenants.organization("Join Fail");
        Member first = fixtures.member(home);
        long accounts = count("accounts.account");
        long memberships = count("members.membership");

        assertThatThrownBy(() -> members.join(
                        fixtures.slug(home),
                        new NewMemberAccount(first.account().email(), "Second", TestTenants.PASSWORD),
                        new MemberProfile("Second", "", "", ContactMethod.NONE, "", false)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("member.signInName.taken"));
        assertThatThrownBy(() -> members.join(
                        fixtures.slug(home),
                        new NewMemberAccount("third-" + UUID.randomUUID(), "Third", TestTenants.PASSWORD),
                        new MemberProfile("Third", "", "", ContactMethod.PHONE, "", true)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("member.contactDetail.required"));

        assertThat(count("accounts.account")).isEqualTo(accounts);
        assertThat(count("members.membership")).isEqualTo(memberships);
    }

    @Test
    void aPeerMakesAMembershipAndThePersonClaimsItOnce() {
        OrganizationId home = tenants.organization("Enrol Home");
        StaffView peer = tenants.person(home, Role.PEER);
        Enrolled enrolled = TestTenants.as(
                peer,
                () -> members.enrol(new MemberProfile("Jo", "she/her", "", ContactMethod.TEXT, "555 0101", true)));
        assertThat(enrolled.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        String name = "jo-" + UUID.randomUUID();
        MembershipId claimed =
                members.claim(new ClaimRequest(enrolled.code().toLowerCase().replace("-", " "), name, "jo-password-1"));
        assertThat(claimed).isEqualTo(enrolled.id());

        assertThatThrownBy(() -> members.claim(new ClaimRequest(enrolled.code(), name + "x", "jo-password-1")))
                .as("a code works once")
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("member.code.wrong"));
        assertThat(jdbc.sql("select count(*) from members.membership where claim_code_hash is not null and id = :id")
                        .param("id", enrolled.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        Member member = new Member(enrolled.id(), null, home, "Jo");
        assertThat(member.id()).isEqualTo(claimed);
    }

    @Test
    void onlyStaffMakeMemberships() {
        OrganizationId home = tenants.organization("Enrol Refused");
        Member member = fixtures.member(home);
        assertThatThrownBy(() -> TestTenants.as(member.account(), () -> members.enrol(MemberProfile.blank())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffFindTheirOwnMembersByAliasAndNobodyElses() {
        OrganizationId home = tenants.organization("Search Home");
        OrganizationId away = tenants.organization("Search Away");
        fixtures.member(home, "Willow Tree");
        fixtures.member(away, "Willow Away");
        StaffView peer = tenants.person(home, Role.PEER);

        var found = TestTenants.as(peer, () -> members.search("willow", 1, 25));
        assertThat(found.items()).extracting(MemberSummary::alias).containsExactly("Willow Tree");
        assertThatThrownBy(() -> TestTenants.as(fixtures.member(home).account(), () -> members.search("", 1, 25)))
                .as("a member does not list other members")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openingARecordIsAuditedWithItsPurpose() {
        OrganizationId home = tenants.organization("Open Home");
        Member member = fixtures.member(home);
        StaffView peer = tenants.person(home, Role.PEER);
        fixtures.shareWith(member, peer, RecordPart.CONTACT);

        MemberRecord record = TestTenants.as(peer, () -> members.open(member.id(), Purpose.KEEPING_IN_TOUCH));

        assertThat(record.contact().detail()).isEqualTo("555 0100");
        assertThat(jdbc.sql("select record_type || ':' || action || ':' || purpose || ':' || actor_id from audit.entry"
                                + " where person_id = :p and action = 'READ' order by seq")
                        .param("p", member.id().value())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "membership:READ:KEEPING_IN_TOUCH:" + peer.id(),
                        "member-contact:READ:KEEPING_IN_TOUCH:" + peer.id());
    }

    @Test
    void theMembersOwnReadsAreNotInTheirAccessLog() {
        OrganizationId home = tenants.organization("Own Reads");
        Member member = fixtures.member(home);
        TestTenants.as(member.account(), () -> members.open(member.id(), Purpose.MEMBER_ASKED));
        assertThat(jdbc.sql("select count(*) from audit.entry where person_id = :p and action = 'READ'")
                        .param("p", member.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownOrForeignMembershipIsNotFound() {
        OrganizationId home = tenants.organization("Foreign Home");
        StaffView peer = tenants.person(home, Role.PEER);
        Member foreign = fixtures.member(tenants.organization("Foreign Away"));
        assertThatThrownBy(() -> TestTenants.as(peer, () -> members.summary(foreign.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TestTenants.as(peer, () -> members.summary(new MembershipId(UUID.randomUUID()))))
                .isInstanceOf(NotFound.class);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
