package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every reader × every part of a record × every state a consent can be in. The member reads everything; staff of
 * the member's organization read exactly the parts an active consent naming them covers; anyone else reads nothing
 * and does not even learn the record exists.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentMatrixTests {

    /** The parts every consent in this test covers; the others must stay closed even when it is active. */
    private static final Set<RecordPart> SHARED =
            EnumSet.of(RecordPart.NOTES, RecordPart.CONTACT, RecordPart.PLAN_CRISIS, RecordPart.ROADMAP);

    enum Reader {
        SELF,
        OTHER_MEMBER,
        PEER,
        COORDINATOR,
        ADMIN,
        NETWORK_ADMIN,
        OTHER_ORGANIZATIONS_PEER;

        boolean staffHere() {
            return this == PEER || this == COORDINATOR || this == ADMIN;
        }
    }

    enum ConsentState {
        NONE,
        NAMES_READER,
        NAMES_EVERYONE_ON_STAFF,
        NAMES_SOMEONE_ELSE,
        NOT_STARTED,
        ENDED,
        REVOKED,
        OTHER_ORGANIZATION_ONLY
    }

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView coordinator;
    StaffView admin;
    StaffView networkAdmin;
    StaffView otherPeer;
    StaffView someoneElse;
    Member otherMember;

    @BeforeAll
    void people() {
        home = tenants.organization("Matrix Home");
        OrganizationId away = tenants.organization("Matrix Away");
        peer = tenants.person(home, Role.PEER);
        coordinator = tenants.person(home, Role.COORDINATOR);
        admin = tenants.person(home, Role.ADMIN);
        someoneElse = tenants.person(home, Role.PEER);
        networkAdmin = tenants.person(null, Role.NETWORK_ADMIN);
        otherPeer = tenants.person(away, Role.PEER);
        otherMember = fixtures.member(home);
    }

    @TestFactory
    Stream<DynamicTest> everyReaderEveryPartEveryState() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ConsentState state : ConsentState.values()) {
            for (Reader reader : Reader.values()) {
                tests.add(DynamicTest.dynamicTest(reader + " with consent " + state, () -> check(reader, state)));
            }
        }
        return tests.stream();
    }

    private void check(Reader reader, ConsentState state) {
        Member member = fixtures.member(home);
        StaffView asker = asker(reader, member);
        consent(member, state, reader.staffHere() ? asker : peer);
        Set<RecordPart> expected = expected(reader, state);

        if (reader == Reader.SELF || reader.staffHere()) {
            MemberRecord record = TestTenants.as(asker, () -> members.open(member.id(), Purpose.MEMBER_ASKED));
            for (RecordPart part : RecordPart.values()) {
                assertThat(record.readable().contains(part))
                        .as("%s reads %s with consent %s", reader, part, state)
                        .isEqualTo(expected.contains(part));
            }
            assertThat(record.contact() != null)
                    .as("contact details shown")
                    .isEqualTo(expected.contains(RecordPart.CONTACT));
        } else {
            assertThatThrownBy(() -> TestTenants.as(asker, () -> members.open(member.id(), Purpose.MEMBER_ASKED)))
                    .as("%s must not learn the record exists", reader)
                    .isInstanceOf(NotFound.class);
        }
    }

    private Set<RecordPart> expected(Reader reader, ConsentState state) {
        if (reader == Reader.SELF) {
            return EnumSet.allOf(RecordPart.class);
        }
        if (!reader.staffHere()) {
            return Set.of();
        }
        return state == ConsentState.NAMES_READER || state == ConsentState.NAMES_EVERYONE_ON_STAFF ? SHARED : Set.of();
    }

    private StaffView asker(Reader reader, Member member) {
        return switch (reader) {
            case SELF -> member.account();
            case OTHER_MEMBER -> otherMember.account();
            case PEER -> peer;
            case COORDINATOR -> coordinator;
            case ADMIN -> admin;
            case NETWORK_ADMIN -> networkAdmin;
            case OTHER_ORGANIZATIONS_PEER -> otherPeer;
        };
    }

    private void consent(Member member, ConsentState state, StaffView named) {
        RecordPart[] parts = SHARED.toArray(RecordPart[]::new);
        switch (state) {
            case NONE -> {}
            case NAMES_READER -> fixtures.shareWith(member, named, parts);
            case NAMES_EVERYONE_ON_STAFF -> fixtures.shareWithOrganization(member, parts);
            case NAMES_SOMEONE_ELSE -> fixtures.shareWith(member, someoneElse, parts);
            case NOT_STARTED ->
                TestTenants.as(
                        member.account(),
                        () -> consents.grant(new ConsentRequest(
                                GranteeKind.MY_ORGANIZATION,
                                null,
                                null,
                                SHARED,
                                Purpose.ONE_TO_ONE_SUPPORT,
                                fixtures.today(member).plusDays(1),
                                null)));
            case ENDED -> {
                UUID id = fixtures.shareWithOrganization(member, parts).id();
                LocalDate today = fixtures.today(member);
                jdbc.sql("update members.consent set starts_on = :start, ends_on = :end where id = :id")
                        .param("start", java.sql.Date.valueOf(today.minusDays(30)))
                        .param("end", java.sql.Date.valueOf(today.minusDays(1)))
                        .param("id", id)
                        .update();
            }
            case REVOKED -> {
                UUID id = fixtures.shareWithOrganization(member, parts).id();
                TestTenants.as(member.account(), () -> {
                    consents.revoke(id);
                    return null;
                });
            }
            case OTHER_ORGANIZATION_ONLY -> {
                UUID directoryOrganization = jdbc.sql("select id from directory.organization limit 1")
                        .query(UUID.class)
                        .single();
                TestTenants.as(
                        member.account(),
                        () -> consents.grant(new ConsentRequest(
                                GranteeKind.OTHER_ORGANIZATION,
                                null,
                                directoryOrganization,
                                SHARED,
                                Purpose.REFERRAL,
                                fixtures.today(member),
                                null)));
            }
        }
    }
}
