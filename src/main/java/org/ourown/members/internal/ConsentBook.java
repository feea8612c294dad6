package org.ourown.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.Supporter;
import org.ourown.directory.Directory;
import org.ourown.directory.Directory.OrganizationName;
import org.ourown.members.ConsentRequest;
import org.ourown.members.ConsentView;
import org.ourown.members.Consents;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Consents, granted and revoked by the member alone. */
@Service
@Validated
@Transactional
class ConsentBook implements Consents {

    static final String RECORD = "member-consent";

    private final ConsentRows rows;
    private final RecordAccess access;
    private final Accounts accounts;
    private final Directory directory;
    private final Clock clock;

    ConsentBook(ConsentRows rows, RecordAccess access, Accounts accounts, Directory directory, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsentView> mine() {
        MembershipRow me = access.own();
        LocalDate today = access.today(me);
        return rows.of(me.id()).stream().map(row -> row.view(today)).toList();
    }

    @Override
    public ConsentView grant(ConsentRequest request) {
        MembershipRow me = access.own();
        LocalDate today = access.today(me);
        if (request.startsOn().isBefore(today)) {
            throw new Rejected("startsOn", "consent.startsOn.past");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw new Rejected("endsOn", "consent.endsOn.beforeStart");
        }
        UUID person = null;
        UUID otherOrganization = null;
        String name;
        switch (request.grantee()) {
            case PERSON -> {
                Supporter supporter = supporters().stream()
                        .filter(s -> s.id().value().equals(request.person()))
                        .findFirst()
                        .orElseThrow(() -> new Rejected("person", "consent.person.required"));
                person = supporter.id().value();
                name = supporter.displayName();
            }
            case OTHER_ORGANIZATION -> {
                OrganizationName other = otherOrganizations().stream()
                        .filter(o -> o.id().equals(request.otherOrganization()))
                        .findFirst()
                        .orElseThrow(() -> new Rejected("otherOrganization", "consent.otherOrganization.required"));
                otherOrganization = other.id();
                name = other.name();
            }
            default -> name = access.organizationName(me);
        }
        ConsentRows.Row row = new ConsentRows.Row(
                UUID.randomUUID(),
                me.id(),
                request.grantee(),
                person,
                otherOrganization,
                name,
                EnumSet.copyOf(request.parts()),
                request.purpose(),
                request.startsOn(),
                request.endsOn(),
                null);
        rows.insert(row, me.organization().value(), CurrentUser.require().id().value(), clock.instant());
        access.audit(me, RECORD, Action.CREATE, null);
        return row.view(today);
    }

    @Override
    public void revoke(UUID consentId) {
        MembershipRow me = access.own();
        if (consentId == null || !rows.revoke(me.id(), consentId, clock.instant())) {
            throw new NotFound("consent");
        }
        access.audit(me, RECORD, Action.UPDATE, null);
    }

    @Override
    @Transactional(readOnly = true)
    public LocalDate today() {
        return access.today(access.own());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Supporter> supporters() {
        access.own();
        return accounts.supporters();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganizationName> otherOrganizations() {
        access.own();
        return directory.organizationNames();
    }
}
