package org.ourown.members.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.members.ErasureRequestView;
import org.ourown.members.Erasures;
import org.ourown.members.MemberErased;
import org.ourown.members.MembershipId;
import org.ourown.members.Purpose;
import org.ourown.shared.Conflict;
import org.ourown.shared.NotFound;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ErasureBook implements Erasures {

    /** The trail's name for an erasure; its entries carry the membership's id, never its alias. */
    static final String RECORD = "member-erasure";

    private final ErasureRequests requests;
    private final Memberships memberships;
    private final RecordAccess access;
    private final List<MemberDataEraser> erasers;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ErasureBook(
            ErasureRequests requests,
            Memberships memberships,
            RecordAccess access,
            List<MemberDataEraser> erasers,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.memberships = memberships;
        this.access = access;
        this.erasers = erasers;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ErasureRequestView> mine() {
        return requests.of(access.own().id());
    }

    @Override
    public ErasureRequestView request() {
        MembershipRow me = access.own();
        if (!requests.add(me, clock.instant())) {
            throw new Conflict("erasure", "erasure.alreadyAsked");
        }
        access.audit(me, RECORD, Action.CREATE, null);
        return requests.of(me.id()).orElseThrow();
    }

    @Override
    public void withdraw() {
        MembershipRow me = access.own();
        if (!requests.remove(me.id())) {
            throw new NotFound("erasure request");
        }
        access.audit(me, RECORD, Action.DELETE, null);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<ErasureRequestView> pending() {
        CurrentUser me = CurrentUser.require();
        return me.organization() == null ? List.of() : requests.pending(me.organization());
    }

    /**
     * Everything in one transaction: if any part fails, nothing is erased and the request stays. The order matters:
     * parts and listeners erase while the membership and account still exist to be looked up; then those go.
     */
    @Override
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void confirm(MembershipId id) {
        CurrentUser me = CurrentUser.require();
        MembershipRow member = memberships
                .find(id)
                .filter(row -> me.organization() != null && me.organization().equals(row.organization()))
                .orElseThrow(() -> new NotFound("erasure request"));
        requests.of(member.id()).orElseThrow(() -> new NotFound("erasure request"));
        LocalDate today = access.today(member);
        AccountId account = member.accountId() == null ? null : new AccountId(member.accountId());
        erasers.forEach(eraser -> eraser.erase(member.id()));
        events.publishEvent(new MemberErased(member.id(), member.organization(), account, today));
        requests.remove(member.id());
        memberships.delete(member.id());
        if (account != null) {
            accounts.eraseMember(account);
        }
        requests.counted(member.organization(), today);
        access.audit(member, RECORD, Action.ERASE, Purpose.ERASURE_REQUEST);
    }
}
