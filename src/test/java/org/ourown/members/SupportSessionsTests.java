package org.ourown.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ourown.TestTenants;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.members.MemberFixtures.Member;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Notes are written for the member: they read all of them; other staff only by consent; 24 hours to change. */
@SpringBootTest
class SupportSessionsTests {

    private static final String NOTES = RecordPart.NOTES.recordType();

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    TestTenants tenants;

    @Autowired
    MemberFixtures members;

    @Autowired
    NotesFixtures notes;

    @Autowired
    SupportSessions sessions;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    OrganizationId home;
    StaffView peer;
    StaffView otherPeer;
    Member member;

    @BeforeEach
    void people() {
        clock.reset();
        home = tenants.organization("Notes Home");
        peer = tenants.person(home, Role.PEER);
        otherPeer = tenants.person(home, Role.PEER);
        member = members.member(home, "River");
    }

    @Test
    void aPeerRecordsASessionAndTheMemberReadsItWithTheAuthorsName() {
        SupportSessionView saved =
                notes.session(member, peer, "We walked to the library. River wants to try the writing group.");

        assertThat(notes.rows("support_session", member)).isOne();
        assertThat(notes.audited(member, NOTES, "CREATE")).isOne();
        List<SupportSessionView> mine = TestTenants.as(member.account(), () -> sessions.mine());
        assertThat(mine).singleElement().satisfies(note -> {
            assertThat(note.id()).isEqualTo(saved.id());
            assertThat(note.note()).contains("writing group");
            assertThat(note.author().name()).isEqualTo(peer.displayName());
            assertThat(note.author().role()).isEqualTo(Role.PEER);
            assertThat(note.kind()).isEqualTo(SessionKind.IN_PERSON);
            assertThat(note.minutes()).isEqualTo(45);
            assertThat(note.editable())
                    .as("the member never edits a peer's note")
                    .isFalse();
        });
    }

    @Test
    void aSessionCannotBeOnADayThatHasNotComeAndNothingIsSaved() {
        assertThatThrownBy(() -> TestTenants.as(
                        peer,
                        () -> sessions.record(
                                member.id(),
                                new SessionRequest(
                                        sessions(peer).plusDays(1), 30, SessionKind.PHONE, null, "Called."))))
                .isInstanceOf(Rejected.class)
                .hasMessage("session.heldOn.future");
        assertThat(notes.rows("support_session", member)).isZero();
    }

    @Test
    void theAuthorChangesANoteFor24HoursThenOnlyCorrectsIt() {
        SupportSessionView saved = notes.session(member, peer, "First words.");
        SessionRequest changed =
                new SessionRequest(saved.heldOn(), 50, SessionKind.VIDEO, null, "Words we agreed on together.");

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        SupportSessionView within = TestTenants.as(peer, () -> sessions.change(member.id(), saved.id(), changed));
        assertThat(within.note()).isEqualTo("Words we agreed on together.");
        assertThat(within.kind()).isEqualTo(SessionKind.VIDEO);

        clock.advance(Duration.ofMinutes(1));
        SessionRequest late = new SessionRequest(saved.heldOn(), 50, SessionKind.VIDEO, null, "Rewritten later.");
        assertThatThrownBy(() -> TestTenants.as(peer, () -> sessions.change(member.id(), saved.id(), late)))
                .isInstanceOf(Rejected.class)
                .hasMessage("session.edit.closed");
        assertThat(noteText(saved)).isEqualTo("Words we agreed on together.");

        SupportSessionView corrected = TestTenants.as(
                peer,
                () -> sessions.correct(
                        member.id(), saved.id(), new CorrectionRequest("It was a video call on Monday.")));
        assertThat(corrected.note()).as("the original stays").isEqualTo("Words we agreed on together.");
        assertThat(corrected.editable()).isFalse();
        assertThat(corrected.corrections()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("It was a video call on Monday.");
            assertThat(c.author().name()).isEqualTo(peer.displayName());
            assertThat(c.at()).isEqualTo(clock.instant());
        });
        assertThat(TestTenants.as(member.account(), () -> sessions.mine())
                        .get(0)
                        .corrections())
                .hasSize(1);
    }

    @Test
    void onlyTheAuthorChangesOrCorrectsANote() {
        members.shareWithOrganization(member, RecordPart.NOTES);
        SupportSessionView saved = notes.session(member, peer, "Peer's words.");
        SessionRequest change =
                new SessionRequest(saved.heldOn(), 10, SessionKind.PHONE, null, "Someone else's words.");

        assertThatThrownBy(() -> TestTenants.as(otherPeer, () -> sessions.change(member.id(), saved.id(), change)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestTenants.as(
                        otherPeer,
                        () -> sessions.correct(member.id(), saved.id(), new CorrectionRequest("Not mine to add."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> TestTenants.as(member.account(), () -> sessions.change(member.id(), saved.id(), change)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(noteText(saved)).isEqualTo("Peer's words.");
        assertThat(notes.rows("session_correction", member)).isZero();
    }

    @Test
    void theMemberAddsAndChangesTheirOwnResponseBesideTheNote() {
        SupportSessionView saved = notes.session(member, peer, "We planned the week.");

        TestTenants.as(member.account(), () -> sessions.respond(saved.id(), new ResponseRequest("Thank you.")));
        SupportSessionView changed = TestTenants.as(
                member.account(),
                () -> sessions.respond(saved.id(), new ResponseRequest("Also: Friday, not Thursday.")));

        assertThat(changed.response().text()).isEqualTo("Also: Friday, not Thursday.");
        assertThat(changed.response().changedAt()).isNotNull();
        assertThat(notes.rows("session_response", member)).isOne();
        assertThat(notes.audited(member, "member-note-response", "CREATE")).isOne();
        assertThat(notes.audited(member, "member-note-response", "UPDATE")).isOne();

        Member someoneElse = members.member(home);
        assertThatThrownBy(() -> TestTenants.as(
                        someoneElse.account(), () -> sessions.respond(saved.id(), new ResponseRequest("Not mine."))))
                .isInstanceOf(NotFound.class);
        assertThat(notes.rows("session_response", member)).isOne();
    }

    @Test
    void anotherPeerReadsANoteOnlyWithConsentAndEveryReadIsAudited() {
        SupportSessionView saved = notes.session(member, peer, "Only for River and me, unless River shares it.");

        assertThatThrownBy(() -> TestTenants.as(
                        otherPeer, () -> sessions.read(member.id(), saved.id(), Purpose.KEEPING_IN_TOUCH)))
                .isInstanceOf(AccessDeniedException.class);
        NotesOnRecord closed =
                TestTenants.as(otherPeer, () -> sessions.onRecord(member.id(), Purpose.KEEPING_IN_TOUCH));
        assertThat(closed.sessions()).isEmpty();
        assertThat(closed.notShared()).isOne();
        assertThat(notes.audited(member, NOTES, "READ")).as("nothing was read").isZero();

        members.shareWith(member, otherPeer, RecordPart.NOTES);
        SupportSessionView read =
                TestTenants.as(otherPeer, () -> sessions.read(member.id(), saved.id(), Purpose.KEEPING_IN_TOUCH));
        assertThat(read.note()).contains("unless River shares it");
        assertThat(read.editable()).isFalse();
        assertThat(jdbc.sql("select purpose from audit.entry where person_id = :p and record_type = :t"
                                + " and action = 'READ' and actor_id = :a")
                        .param("p", member.id().value())
                        .param("t", NOTES)
                        .param("a", otherPeer.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("KEEPING_IN_TOUCH");
    }

    @Test
    void theAuthorReadsTheirOwnNoteWithoutConsentAndTheMemberReadsEveryNote() {
        SupportSessionView mine = notes.session(member, peer, "Mine.");
        clock.advance(Duration.ofMinutes(5));
        notes.session(member, otherPeer, "Theirs.");

        NotesOnRecord onRecord = TestTenants.as(peer, () -> sessions.onRecord(member.id(), Purpose.ONE_TO_ONE_SUPPORT));
        assertThat(onRecord.sessions()).extracting(SupportSessionView::note).containsExactly("Mine.");
        assertThat(onRecord.notShared()).isOne();
        assertThat(TestTenants.as(peer, () -> sessions.read(member.id(), mine.id(), Purpose.ONE_TO_ONE_SUPPORT))
                        .editable())
                .isTrue();
        assertThat(notes.audited(member, NOTES, "READ"))
                .as("the author's reads are on the log too")
                .isEqualTo(2);

        assertThat(TestTenants.as(member.account(), () -> sessions.mine()))
                .extracting(SupportSessionView::note)
                .containsExactly("Theirs.", "Mine.");
    }

    @Test
    void staffOfAnotherOrganizationCannotFindTheMemberOrTheirNotes() {
        SupportSessionView saved = notes.session(member, peer, "Private to this organization.");
        OrganizationId away = tenants.organization("Notes Away");
        StaffView stranger = tenants.person(away, Role.PEER, Role.COORDINATOR);

        assertThatThrownBy(() ->
                        TestTenants.as(stranger, () -> sessions.read(member.id(), saved.id(), Purpose.MEMBER_ASKED)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TestTenants.as(stranger, () -> sessions.onRecord(member.id(), Purpose.MEMBER_ASKED)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TestTenants.as(
                        stranger,
                        () -> sessions.record(
                                member.id(),
                                new SessionRequest(saved.heldOn(), 5, SessionKind.PHONE, null, "Should not save."))))
                .isInstanceOf(NotFound.class);
        assertThat(notes.rows("support_session", member)).isOne();
    }

    @Test
    void coordinatorsRecordSessionsAndAdminsWhoAreNotPeersDoNot() {
        StaffView coordinator = tenants.person(home, Role.COORDINATOR);
        StaffView admin = tenants.person(home, Role.ADMIN);
        assertThat(notes.session(member, coordinator, "From the coordinator.")
                        .author()
                        .role())
                .isEqualTo(Role.COORDINATOR);
        assertThatThrownBy(() -> notes.session(member, admin, "From the admin."))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notes.rows("support_session", member)).isOne();
    }

    private java.time.LocalDate sessions(StaffView asker) {
        return TestTenants.as(asker, () -> sessions.today(member.id()));
    }

    private String noteText(SupportSessionView session) {
        return jdbc.sql("select note from members.support_session where id = :id")
                .param("id", session.id())
                .query(String.class)
                .single();
    }
}
