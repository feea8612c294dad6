package org.ourown.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.Role;

/**
 * A support session and its note, as the member or a reader allowed to read it sees it: with the corrections that
 * followed it and the member's own response beside it.
 *
 * @param editable whether the person reading may still change the note (its author, within 24 hours)
 * @param editableUntil when the note can no longer be changed, only corrected
 * @param response the member's response, or null
 */
public record SupportSessionView(
        UUID id,
        MembershipId member,
        LocalDate heldOn,
        int minutes,
        SessionKind kind,
        String place,
        String note,
        Writer author,
        Instant createdAt,
        Instant changedAt,
        List<Correction> corrections,
        Response response,
        boolean editable,
        Instant editableUntil) {

    /** Who wrote something, as they were named and what they did when they wrote it. */
    public record Writer(UUID id, String name, Role role) {}

    public record Correction(UUID id, String text, Writer author, Instant at) {}

    public record Response(String text, Instant at, Instant changedAt) {}
}
