package org.ourown.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.members.GranteeKind;
import org.ourown.members.RecordPart;
import org.springframework.stereotype.Component;

/**
 * The one check every read of a member's record passes: who may read which part, today. The member reads all of
 * it. Anyone else reads a part only while a consent of the member's covers it and names them (or names everyone on
 * staff at the member's organization): granted, started, not ended, not revoked. The only other rule is that a
 * peer reads the notes they wrote themselves. Network admins and other organizations read nothing; a consent naming
 * another organization records a disclosure, it opens nothing in the app.
 */
@Component
class ConsentCheck {

    private final ConsentRows consents;
    private final Organizations organizations;
    private final Clock clock;

    ConsentCheck(ConsentRows consents, Organizations organizations, Clock clock) {
        this.consents = consents;
        this.organizations = organizations;
        this.clock = clock;
    }

    boolean isSelf(CurrentUser reader, MembershipRow member) {
        return member.ownedBy(reader.id().value());
    }

    /** Staff of the member's own organization: they may see that the membership exists (its alias), nothing more. */
    boolean isStaffOf(CurrentUser reader, MembershipRow member) {
        return reader.organization() != null
                && reader.organization().equals(member.organization())
                && (reader.has(Role.PEER) || reader.has(Role.COORDINATOR) || reader.has(Role.ADMIN));
    }

    boolean mayRead(CurrentUser reader, MembershipRow member, RecordPart part) {
        return readable(reader, member).contains(part);
    }

    /** A note: by consent like any part, or because the reader wrote it. */
    boolean mayReadNote(CurrentUser reader, MembershipRow member, UUID author) {
        return mayRead(reader, member, RecordPart.NOTES)
                || (isStaffOf(reader, member) && reader.id().value().equals(author));
    }

    /** Every part this reader may read today. */
    Set<RecordPart> readable(CurrentUser reader, MembershipRow member) {
        if (isSelf(reader, member)) {
            return EnumSet.allOf(RecordPart.class);
        }
        EnumSet<RecordPart> parts = EnumSet.noneOf(RecordPart.class);
        if (!isStaffOf(reader, member)) {
            return parts;
        }
        LocalDate today = today(member);
        List<ConsentRows.Row> rows = consents.of(member.id());
        for (ConsentRows.Row consent : rows) {
            if (consent.state(today) == org.ourown.members.ConsentView.State.ACTIVE && names(consent, reader)) {
                parts.addAll(consent.parts());
            }
        }
        return parts;
    }

    private static boolean names(ConsentRows.Row consent, CurrentUser reader) {
        return switch (consent.grantee()) {
            case PERSON -> reader.id().value().equals(consent.granteeAccount());
            case MY_ORGANIZATION -> true;
            case OTHER_ORGANIZATION -> false;
        };
    }

    /** Today where the member's organization is: a consent "until 3 May" holds through 3 May there. */
    LocalDate today(MembershipRow member) {
        ZoneId zone = organizations.cards().stream()
                .filter(card -> card.id().equals(member.organization()))
                .map(card -> ZoneId.of(card.timezone()))
                .findFirst()
                .orElse(ZoneId.of("UTC"));
        return LocalDate.now(clock.withZone(zone));
    }

    static boolean namesOtherOrganization(ConsentRows.Row consent, UUID directoryOrganization, LocalDate today) {
        return consent.grantee() == GranteeKind.OTHER_ORGANIZATION
                && directoryOrganization.equals(consent.granteeDirectoryOrganization())
                && consent.state(today) == org.ourown.members.ConsentView.State.ACTIVE;
    }
}
