package org.ourown.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ourown.directory.Directory;
import org.ourown.directory.ServiceListing;
import org.ourown.members.MembershipId;
import org.ourown.members.NoConsentForOrganization;
import org.ourown.members.Purpose;
import org.ourown.members.ReferralRequest;
import org.ourown.members.ReferralView;
import org.ourown.members.Referrals;
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
class ReferralBook implements Referrals {

    static final String RECORD = "member-referral";

    private final ReferralRows referrals;
    private final ConsentRows consents;
    private final RecordAccess access;
    private final Directory directory;
    private final Clock clock;

    ReferralBook(ReferralRows referrals, ConsentRows consents, RecordAccess access, Directory directory, Clock clock) {
        this.referrals = referrals;
        this.consents = consents;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('PEER', 'COORDINATOR')")
    public ReferralView refer(MembershipId member, ReferralRequest request) {
        MembershipRow row = access.visible(member);
        if (access.isSelf(row)) {
            throw new AccessDeniedException("Referrals are made by staff");
        }
        ServiceListing service = directory
                .service(request.service())
                .orElseThrow(() -> new Rejected("service", "referral.service.required"));
        UUID organization = service.organization().id();
        LocalDate today = access.today(row);
        UUID consent = consents.of(row.id()).stream()
                .filter(c -> ConsentCheck.namesOtherOrganization(c, organization, today))
                .map(ConsentRows.Row::id)
                .findFirst()
                .orElseThrow(() ->
                        new NoConsentForOrganization(service.organization().name()));
        ReferralView referral = new ReferralView(
                UUID.randomUUID(),
                service.id(),
                service.name(),
                organization,
                service.organization().name(),
                SessionRows.blankToNull(request.note()),
                Writers.current(),
                clock.instant());
        referrals.insert(referral, row.id(), row.organization().value(), consent);
        access.audit(row, RECORD, Action.DISCLOSE, Purpose.REFERRAL);
        return referral;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralView> mine() {
        return referrals.of(access.own().id());
    }
}
