package org.ourown.members.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.accounts.OrganizationCard;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Organizations;
import org.ourown.members.ClaimRequest;
import org.ourown.members.Enrolled;
import org.ourown.members.GranteeKind;
import org.ourown.members.Joined;
import org.ourown.members.MemberProfile;
import org.ourown.members.MemberRecord;
import org.ourown.members.MemberSummary;
import org.ourown.members.Members;
import org.ourown.members.MembershipId;
import org.ourown.members.MyMembership;
import org.ourown.members.Purpose;
import org.ourown.members.RecordPart;
import org.ourown.shared.NotFound;
import org.ourown.shared.Paging;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class MemberDirectory implements Members {

    static final String RECORD = "membership";
    private static final Duration CODE_HOLDS = Duration.ofDays(14);

    private final Memberships memberships;
    private final ConsentRows consents;
    private final RecordAccess access;
    private final Accounts accounts;
    private final Organizations organizations;
    private final Clock clock;

    MemberDirectory(
            Memberships memberships,
            ConsentRows consents,
            RecordAccess access,
            Accounts accounts,
            Organizations organizations,
            Clock clock) {
        this.memberships = memberships;
        this.consents = consents;
        this.access = access;
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganizationCard> joinable() {
        return organizations.cards();
    }

    @Override
    public Joined join(String organizationSlug, NewMemberAccount account, MemberProfile profile) {
        OrganizationCard organization = joinable().stream()
                .filter(card -> card.slug().equals(organizationSlug))
                .findFirst()
                .orElseThrow(() -> new NotFound("organization"));
        MemberProfile checked = ProfileRules.check(profile);
        UUID accountId = accounts.registerMember(
                        organization.id(),
                        new NewMemberAccount(account.signInName(), checked.alias(), account.password()))
                .id()
                .value();
        MembershipRow row = newRow(organization.id(), accountId, checked);
        memberships.insert(row, accountId, null, null);
        afterJoining(row, checked, accountId);
        return new Joined(row.id(), new org.ourown.accounts.AccountId(accountId));
    }

    @Override
    @PreAuthorize("hasAnyRole('PEER', 'COORDINATOR', 'ADMIN')")
    public Enrolled enrol(MemberProfile profile) {
        CurrentUser me = CurrentUser.require();
        if (me.organization() == null) {
            throw new NotFound("organization");
        }
        MemberProfile checked = ProfileRules.check(profile);
        String code = ClaimCodes.newCode();
        Instant expires = clock.instant().plus(CODE_HOLDS);
        MembershipRow row = newRow(me.organization(), null, checked);
        memberships.insert(row, me.id().value(), ClaimCodes.hash(code), expires);
        afterJoining(row, checked, me.id().value());
        return new Enrolled(row.id(), row.alias(), code, expires);
    }

    @Override
    public MembershipId claim(ClaimRequest claim) {
        MembershipRow row = memberships
                .byClaimCode(ClaimCodes.hash(claim.code()), clock.instant())
                .orElseThrow(() -> new Rejected("code", "member.code.wrong"));
        UUID accountId = accounts.registerMember(
                        row.organization(), new NewMemberAccount(claim.signInName(), row.alias(), claim.password()))
                .id()
                .value();
        memberships.claimed(row.id(), accountId, clock.instant());
        return row.id();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PEER', 'COORDINATOR', 'ADMIN')")
    public Paging<MemberSummary> search(String alias, int page, int size) {
        Paging.check(page, size);
        OrganizationId organization = CurrentUser.require().organization();
        if (organization == null) {
            return new Paging<>(List.of(), page, size, 0);
        }
        String words = alias == null ? "" : alias.strip();
        List<MemberSummary> items = memberships.search(organization, words, size, Paging.offset(page, size)).stream()
                .map(MembershipRow::summary)
                .toList();
        return new Paging<>(items, page, size, memberships.count(organization, words));
    }

    @Override
    @Transactional(readOnly = true)
    public MemberSummary summary(MembershipId id) {
        return access.visible(id).summary();
    }

    @Override
    public MemberRecord open(MembershipId id, Purpose purpose) {
        if (purpose == null) {
            throw new Rejected("purpose", "member.purpose.required");
        }
        MembershipRow row = access.visible(id);
        boolean self = access.isSelf(row);
        if (!self) {
            access.audit(row, RECORD, Action.READ, purpose);
        }
        Set<RecordPart> readable = access.readable(row);
        MemberRecord.Contact contact = null;
        if (readable.contains(RecordPart.CONTACT)) {
            access.read(row, RecordPart.CONTACT, purpose);
            contact = new MemberRecord.Contact(row.contactMethod(), row.contactDetail());
        }
        return new MemberRecord(
                row.id(),
                row.organization(),
                row.alias(),
                row.pronouns(),
                row.preferredLanguage(),
                row.joinedAt(),
                row.accountId() != null,
                purpose,
                contact,
                readable);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MyMembership> mine() {
        CurrentUser me = CurrentUser.require();
        return memberships.byAccount(me.id().value()).map(this::mine);
    }

    @Override
    public MyMembership updateMine(MemberProfile profile) {
        CurrentUser me = CurrentUser.require();
        MembershipRow row = access.own();
        MemberProfile checked = ProfileRules.check(profile);
        MembershipRow changed = new MembershipRow(
                row.id(),
                row.organization(),
                row.accountId(),
                checked.alias(),
                checked.pronouns(),
                checked.preferredLanguage(),
                checked.contactMethod(),
                checked.contactDetail(),
                row.joinedAt());
        memberships.updateProfile(changed, me.id().value(), clock.instant());
        return mine(changed);
    }

    private String organizationName(OrganizationId id) {
        return organizations.cards().stream()
                .filter(card -> card.id().equals(id))
                .map(OrganizationCard::name)
                .findFirst()
                .orElse("");
    }

    private MyMembership mine(MembershipRow row) {
        return new MyMembership(
                row.id(),
                organizationName(row.organization()),
                row.alias(),
                row.pronouns(),
                row.preferredLanguage(),
                row.contactMethod(),
                row.contactDetail(),
                row.joinedAt());
    }

    private MembershipRow newRow(OrganizationId organization, UUID account, MemberProfile profile) {
        return new MembershipRow(
                new MembershipId(UUID.randomUUID()),
                organization,
                account,
                profile.alias(),
                profile.pronouns(),
                profile.preferredLanguage(),
                profile.contactMethod(),
                profile.contactDetail(),
                clock.instant());
    }

    /** The membership is audited; contact details shared with the organization are a consent like any other. */
    private void afterJoining(MembershipRow row, MemberProfile profile, UUID by) {
        access.audit(row, RECORD, Action.CREATE, null);
        if (profile.shareContact() && profile.contactDetail() != null) {
            ConsentRows.Row consent = new ConsentRows.Row(
                    UUID.randomUUID(),
                    row.id(),
                    GranteeKind.MY_ORGANIZATION,
                    null,
                    null,
                    organizationName(row.organization()),
                    EnumSet.of(RecordPart.CONTACT),
                    Purpose.KEEPING_IN_TOUCH,
                    access.today(row),
                    null,
                    null);
            consents.insert(consent, row.organization().value(), by, clock.instant());
        }
    }
}
