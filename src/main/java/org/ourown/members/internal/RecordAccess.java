package org.ourown.members.internal;

import java.util.UUID;
import org.ourown.accounts.CurrentUser;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How every facade of this module reaches a member's record: the member's own, or another's through
 * {@link ConsentCheck}, with each read by someone else put on the audit trail (the member's access log).
 */
@Component
class RecordAccess {

    private final Memberships memberships;
    private final ConsentCheck check;
    private final ApplicationEventPublisher events;
    private final org.ourown.accounts.Organizations organizations;

    RecordAccess(
            Memberships memberships,
            ConsentCheck check,
            ApplicationEventPublisher events,
            org.ourown.accounts.Organizations organizations) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.check = check;
        this.events = events;
    }

    /** The signed-in person's own membership; NotFound when they have none. */
    MembershipRow own() {
        CurrentUser me = CurrentUser.require();
        return memberships.byAccount(me.id().value()).orElseThrow(() -> new NotFound("membership"));
    }

    /**
     * A membership the signed-in person may know exists: their own, or one of their organization's if they are on its
     * staff. Anyone else gets NotFound, the same answer as for an id that never existed.
     */
    MembershipRow visible(MembershipId id) {
        CurrentUser me = CurrentUser.require();
        return memberships
                .find(id)
                .filter(member -> check.isSelf(me, member) || check.isStaffOf(me, member))
                .orElseThrow(() -> new NotFound("membership"));
    }

    /**
     * Checks that the signed-in person may read this part now and, when they are not the member, records the read.
     * Without consent it refuses (403): the reader knows the member exists, the part stays closed.
     */
    void read(MembershipRow member, RecordPart part, Purpose purpose) {
        CurrentUser me = CurrentUser.require();
        if (!check.mayRead(me, member, part)) {
            throw new AccessDeniedException("No consent covers " + part);
        }
        if (!check.isSelf(me, member)) {
            audit(member, part.recordType(), Action.READ, purpose);
        }
    }

    java.util.Set<RecordPart> readable(MembershipRow member) {
        return check.readable(CurrentUser.require(), member);
    }

    java.time.LocalDate today(MembershipRow member) {
        return check.today(member);
    }

    String organizationName(MembershipRow member) {
        return organizations.cards().stream()
                .filter(card -> card.id().equals(member.organization()))
                .map(org.ourown.accounts.OrganizationCard::name)
                .findFirst()
                .orElse("");
    }

    boolean mayRead(MembershipRow member, RecordPart part) {
        return check.mayRead(CurrentUser.require(), member, part);
    }

    boolean mayReadNote(MembershipRow member, UUID author) {
        return check.mayReadNote(CurrentUser.require(), member, author);
    }

    boolean isSelf(MembershipRow member) {
        return check.isSelf(CurrentUser.require(), member);
    }

    /** Puts an action on the trail, about this member; purpose may be null for writes. */
    void audit(MembershipRow member, String recordType, Action action, Purpose purpose) {
        events.publishEvent(new PersonalDataAccessed(
                member.organization().value(),
                recordType,
                member.id().toString(),
                member.id().value(),
                action,
                purpose == null ? null : purpose.name()));
    }
}
