package org.ourown.warmline;

import jakarta.validation.Valid;

/** Contact records: each is its peer's to complete; another's, or another organization's, is NotFound. */
public interface ContactRecords {

    ContactRecordView get(ContactRecordId id);

    /** Saves while the peer types; {@code finalise} closes the record. A final record is {@link org.ourown.shared.Rejected}. */
    ContactRecordView save(ContactRecordId id, @Valid ContactDetails details, boolean finalise);

    /** A phone call the peer answered: the same record, channel phone, started by the peer. */
    ContactRecordId logPhoneCall(LineId line);
}
