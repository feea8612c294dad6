package org.ourown.members.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ourown.members.CorrectionRequest;
import org.ourown.members.MembershipId;
import org.ourown.members.NotesOnRecord;
import org.ourown.members.Purpose;
import org.ourown.members.ReferralRequest;
import org.ourown.members.ReferralView;
import org.ourown.members.Referrals;
import org.ourown.members.ResponseRequest;
import org.ourown.members.SessionRequest;
import org.ourown.members.SupportSessionView;
import org.ourown.members.SupportSessions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support notes and referrals over JSON, through the same facades and checks as the pages: the member reads and
 * answers every note about them; staff record, read (for a purpose, under consent), change for 24 hours, correct
 * and refer.
 */
@RestController
@RequestMapping("/api")
class NotesApi {

    private final SupportSessions sessions;
    private final Referrals referrals;

    NotesApi(SupportSessions sessions, Referrals referrals) {
        this.sessions = sessions;
        this.referrals = referrals;
    }

    /** Everything written about the signed-in member, newest first. */
    record MyNotes(List<SupportSessionView> notes, List<ReferralView> referrals) {}

    @GetMapping("/me/notes")
    MyNotes mine() {
        return new MyNotes(sessions.mine(), referrals.mine());
    }

    @PutMapping("/me/notes/{session}/response")
    SupportSessionView respond(@PathVariable UUID session, @Valid @RequestBody ResponseRequest response) {
        return sessions.respond(session, response);
    }

    /** The notes this reader may read (audited as one read), how many are not shared with them, and referrals. */
    @GetMapping("/members/{id}/sessions")
    NotesOnRecord onRecord(@PathVariable UUID id, @RequestParam Purpose purpose) {
        return sessions.onRecord(new MembershipId(id), purpose);
    }

    @PostMapping("/members/{id}/sessions")
    ResponseEntity<SupportSessionView> record(@PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
        SupportSessionView saved = sessions.record(new MembershipId(id), request);
        return ResponseEntity.created(URI.create("/api/members/" + id + "/sessions/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/members/{id}/sessions/{session}")
    SupportSessionView read(@PathVariable UUID id, @PathVariable UUID session, @RequestParam Purpose purpose) {
        return sessions.read(new MembershipId(id), session, purpose);
    }

    /** The author, within 24 hours; later it is a 409 problem naming the rule {@code session.edit.closed}. */
    @PutMapping("/members/{id}/sessions/{session}")
    SupportSessionView change(
            @PathVariable UUID id, @PathVariable UUID session, @Valid @RequestBody SessionRequest request) {
        return sessions.change(new MembershipId(id), session, request);
    }

    @PostMapping("/members/{id}/sessions/{session}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    SupportSessionView correct(
            @PathVariable UUID id, @PathVariable UUID session, @Valid @RequestBody CorrectionRequest correction) {
        return sessions.correct(new MembershipId(id), session, correction);
    }

    /** Without the member's consent naming the service's organization: a problem that names it, nothing sent. */
    @PostMapping("/members/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    ReferralView refer(@PathVariable UUID id, @Valid @RequestBody ReferralRequest request) {
        return referrals.refer(new MembershipId(id), request);
    }
}
