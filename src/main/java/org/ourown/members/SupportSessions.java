package org.ourown.members;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One-to-one peer support. A peer or coordinator of the member's organization records a session with the member;
 * the member reads every note about them and answers beside it. The author may change a note for 24 hours, then
 * only add corrections. Other staff read a note only under the member's consent to share their notes, and each such
 * read is on the member's access log. Anyone outside the organization gets {@link org.ourown.shared.NotFound}.
 */
public interface SupportSessions {

    /** Staff: today where the member's organization is (a session cannot be later). */
    LocalDate today(MembershipId member);

    SupportSessionView record(MembershipId member, @Valid SessionRequest request);

    /** Staff: one note, for a purpose; audited. Without consent (and not its author) the read is refused. */
    SupportSessionView read(MembershipId member, UUID session, Purpose purpose);

    /** The author, within 24 hours of writing it; later it is {@link org.ourown.shared.Rejected}. */
    SupportSessionView change(MembershipId member, UUID session, @Valid SessionRequest request);

    /** The author adds a correction after the note, at any time. */
    SupportSessionView correct(MembershipId member, UUID session, @Valid CorrectionRequest correction);

    /** Staff: the notes on the record they may read (a read, audited once), and how many others there are. */
    NotesOnRecord onRecord(MembershipId member, Purpose purpose);

    /** The member: every note about them, newest first. */
    List<SupportSessionView> mine();

    /** The member writes or changes their response to a note about them. */
    SupportSessionView respond(UUID session, @Valid ResponseRequest response);
}
