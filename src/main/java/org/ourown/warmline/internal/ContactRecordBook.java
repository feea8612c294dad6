package org.ourown.warmline.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import org.ourown.accounts.CurrentUser;
import org.ourown.shared.Conflict;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.warmline.Channel;
import org.ourown.warmline.ContactDetails;
import org.ourown.warmline.ContactRecordId;
import org.ourown.warmline.ContactRecordView;
import org.ourown.warmline.ContactRecords;
import org.ourown.warmline.LineId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class ContactRecordBook implements ContactRecords {

    private final ContactRecordRows records;
    private final LineRows lines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactRecordBook(ContactRecordRows records, LineRows lines, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.lines = lines;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ContactRecordView get(ContactRecordId id) {
        return view(mine(id));
    }

    @Override
    public ContactRecordView save(ContactRecordId id, @Valid ContactDetails details, boolean finalise) {
        ContactRecordRows.Row row = mine(id);
        if (row.finalised()) {
            throw new Conflict("record", "warmline.record.alreadyFinal");
        }
        records.save(id, details, finalise, CurrentUser.require().id().value(), clock.instant());
        events.publishEvent(new PersonalDataAccessed(
                row.organization(), "warmline-contact", id.toString(), null, Action.UPDATE, null));
        return view(mine(id));
    }

    @Override
    public ContactRecordId logPhoneCall(LineId line) {
        CurrentUser me = PeerAccess.peer();
        LineRows.Row row = lines.find(line)
                .filter(l -> l.organization().equals(me.organization().value()))
                .orElseThrow(() -> new NotFound("line"));
        Instant now = clock.instant();
        ContactRecordId id = records.insert(
                row.organization(), row.id(), null, me.id().value(), Channel.PHONE, null, now, null, now);
        events.publishEvent(new PersonalDataAccessed(
                row.organization(), "warmline-contact", id.toString(), null, Action.CREATE, null));
        return id;
    }

    /** The peer's own record; anyone else's is NotFound. */
    private ContactRecordRows.Row mine(ContactRecordId id) {
        CurrentUser me = PeerAccess.peer();
        return records.find(id)
                .filter(r -> r.organization().equals(me.organization().value()))
                .filter(r -> r.peer().equals(me.id().value()))
                .orElseThrow(() -> new NotFound("contact record"));
    }

    private ContactRecordView view(ContactRecordRows.Row row) {
        String line = lines.find(row.line()).map(l -> l.settings().name()).orElse("");
        return new ContactRecordView(
                row.id(),
                line,
                row.channel(),
                row.queuedAt(),
                row.answeredAt(),
                row.endedAt(),
                row.abandoned(),
                row.finalised(),
                row.details(),
                row.changedAt());
    }
}
