package org.ourown.members.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.members.CorrectionRequest;
import org.ourown.members.MembershipId;
import org.ourown.members.NotesOnRecord;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.ourown.members.ReferralView;
import org.ourown.members.ResponseRequest;
import org.ourown.members.SessionRequest;
import org.ourown.members.SupportSessionView;
import org.ourown.members.SupportSessions;
import org.ourown.shared.Conflict;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class SupportNotes implements SupportSessions {

    static final Duration EDITABLE_FOR = Duration.ofHours(24);
    static final String NOTES = RecordPart.NOTES.recordType();
    static final String RESPONSE = "member-note-response";

    private final SessionRows sessions;
    private final SessionAnswers answers;
    private final ReferralRows referrals;
    private final RecordAccess access;
    private final Clock clock;

    SupportNotes(
            SessionRows sessions, SessionAnswers answers, ReferralRows referrals, RecordAccess access, Clock clock) {
        this.sessions = sessions;
        this.answers = answers;
        this.referrals = referrals;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate today(MembershipId member) {
        return access.today(access.visible(member));
    }

    @Override
    @PreAuthorize("hasAnyRole('PEER', 'COORDINATOR')")
    public SupportSessionView record(MembershipId member, SessionRequest request) {
        MembershipRow row = staffSide(member);
        checkDay(row, request);
        SessionRows.Row session = new SessionRows.Row(
                UUID.randomUUID(),
                row.id(),
                row.organization().value(),
                request.heldOn(),
                request.minutes(),
                request.kind(),
                SessionRows.blankToNull(request.place()),
                request.note().strip(),
                Writers.current(),
                clock.instant(),
                null);
        sessions.insert(session);
        access.audit(row, NOTES, Action.CREATE, null);
        return view(session, answers.of(row.id()));
    }

    @Override
    public SupportSessionView read(MembershipId member, UUID id, Purpose purpose) {
        if (purpose == null) {
            throw new Rejected("purpose", "member.purpose.required");
        }
        MembershipRow row = access.visible(member);
        SessionRows.Row session = sessions.find(row.id(), id).orElseThrow(() -> new NotFound("session"));
        if (!access.mayReadNote(row, session.author().id())) {
            throw new AccessDeniedException("The member has not shared this note");
        }
        if (!access.isSelf(row)) {
            access.audit(row, NOTES, Action.READ, purpose);
        }
        return view(session, answers.of(row.id()));
    }

    @Override
    @PreAuthorize("hasAnyRole('PEER', 'COORDINATOR')")
    public SupportSessionView change(MembershipId member, UUID id, SessionRequest request) {
        MembershipRow row = staffSide(member);
        SessionRows.Row session = authored(row, id);
        if (!clock.instant().isBefore(session.createdAt().plus(EDITABLE_FOR))) {
            throw new Conflict("note", "session.edit.closed");
        }
        checkDay(row, request);
        sessions.change(id, request, me(), clock.instant());
        access.audit(row, NOTES, Action.UPDATE, null);
        return view(sessions.find(row.id(), id).orElseThrow(), answers.of(row.id()));
    }

    @Override
    @PreAuthorize("hasAnyRole('PEER', 'COORDINATOR')")
    public SupportSessionView correct(MembershipId member, UUID id, CorrectionRequest correction) {
        MembershipRow row = staffSide(member);
        SessionRows.Row session = authored(row, id);
        answers.correct(id, row.id(), correction.text().strip(), Writers.current(), clock.instant());
        access.audit(row, NOTES, Action.UPDATE, null);
        return view(session, answers.of(row.id()));
    }

    @Override
    public NotesOnRecord onRecord(MembershipId member, Purpose purpose) {
        MembershipRow row = access.visible(member);
        Map<UUID, Boolean> mayRead = new HashMap<>();
        SessionAnswers.Answers all = answers.of(row.id());
        List<SessionRows.Row> rows = sessions.of(row.id());
        List<SupportSessionView> shown = rows.stream()
                .filter(s -> mayRead.computeIfAbsent(s.author().id(), a -> access.mayReadNote(row, a)))
                .map(s -> view(s, all))
                .toList();
        List<ReferralView> referred = referrals.of(row.id()).stream()
                .filter(r -> mayRead.computeIfAbsent(r.madeBy().id(), a -> access.mayReadNote(row, a)))
                .toList();
        if (!access.isSelf(row) && (!shown.isEmpty() || !referred.isEmpty())) {
            access.audit(row, NOTES, Action.READ, purpose);
        }
        return new NotesOnRecord(shown, rows.size() - shown.size(), referred);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportSessionView> mine() {
        MembershipRow row = access.own();
        SessionAnswers.Answers all = answers.of(row.id());
        return sessions.of(row.id()).stream().map(s -> view(s, all)).toList();
    }

    @Override
    public SupportSessionView respond(UUID id, ResponseRequest response) {
        MembershipRow row = access.own();
        SessionRows.Row session = sessions.find(row.id(), id).orElseThrow(() -> new NotFound("session"));
        boolean changed = answers.respond(id, row.id(), response.text().strip(), clock.instant());
        access.audit(row, RESPONSE, changed ? Action.UPDATE : Action.CREATE, null);
        return view(session, answers.of(row.id()));
    }

    /** Staff of the member's organization writing about the member: never the member about themselves. */
    private MembershipRow staffSide(MembershipId member) {
        MembershipRow row = access.visible(member);
        if (access.isSelf(row)) {
            throw new AccessDeniedException("Support notes are written by staff");
        }
        return row;
    }

    private SessionRows.Row authored(MembershipRow row, UUID id) {
        SessionRows.Row session = sessions.find(row.id(), id).orElseThrow(() -> new NotFound("session"));
        if (!session.author().id().equals(me())) {
            throw new AccessDeniedException("Only the author changes or corrects a note");
        }
        return session;
    }

    private void checkDay(MembershipRow row, SessionRequest request) {
        if (request.heldOn().isAfter(access.today(row))) {
            throw new Rejected("heldOn", "session.heldOn.future");
        }
    }

    private static UUID me() {
        return CurrentUser.require().id().value();
    }

    private SupportSessionView view(SessionRows.Row s, SessionAnswers.Answers all) {
        return s.view(all, me(), clock.instant(), EDITABLE_FOR);
    }
}
