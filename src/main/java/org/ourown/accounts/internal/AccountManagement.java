package org.ourown.accounts.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewMemberAccount;
import org.ourown.accounts.NewStaffAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.accounts.Supporter;
import org.ourown.shared.NotFound;
import org.ourown.shared.Paging;
import org.ourown.shared.PersonalDataAccessed;
import org.ourown.shared.PersonalDataAccessed.Action;
import org.ourown.shared.Rejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class AccountManagement implements Accounts {

    private static final String RECORD = "staff-account";

    private final AccountRepository accounts;
    private final StaffSearch search;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionEnder sessions;
    private final SignInThrottle throttle;

    AccountManagement(
            AccountRepository accounts,
            StaffSearch search,
            OrganizationRepository organizations,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            SessionEnder sessions,
            SignInThrottle throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.accounts = accounts;
        this.search = search;
        this.organizations = organizations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public Paging<StaffView> staff(String text, int page, int size) {
        Paging.check(page, size);
        CurrentUser me = CurrentUser.require();
        return search.find(me.isNetworkAdmin() ? null : me.organization(), text, page, size);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public StaffView get(AccountId id) {
        Account account = visible(id);
        audit(account, Action.READ, "account administration");
        return account.view();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public StaffView create(OrganizationId organization, NewStaffAccount form) {
        CurrentUser me = CurrentUser.require();
        checkRoles(me, form.roles());
        boolean networkAdmin = form.roles().contains(Role.NETWORK_ADMIN);
        OrganizationId target = networkAdmin ? null : me.isNetworkAdmin() ? organization : me.organization();
        if (!networkAdmin && (target == null || !organizations.existsById(target.value()))) {
            throw new Rejected("organization", "account.organization.required");
        }
        if (accounts.emailTaken(form.email())) {
            throw new Rejected("email", "account.email.taken");
        }
        Account account = accounts.save(Account.create(
                target,
                form.email(),
                form.displayName(),
                passwords.encode(form.password()),
                form.roles(),
                me.id(),
                clock.instant()));
        audit(account, Action.CREATE, null);
        return account.view();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public StaffView changeRoles(AccountId id, Set<Role> roles) {
        CurrentUser me = CurrentUser.require();
        Account account = visible(id);
        if (roles == null || roles.isEmpty()) {
            throw new Rejected("roles", "account.roles.required");
        }
        checkRoles(me, roles);
        if (account.id().equals(me.id()) && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new Rejected("roles", "account.roles.keepOwnAdmin");
        }
        account.changeRoles(roles, me.id(), clock.instant());
        accounts.save(account);
        audit(account, Action.UPDATE, null);
        return account.view();
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NETWORK_ADMIN')")
    public StaffView changeEnabled(AccountId id, boolean enabled) {
        CurrentUser me = CurrentUser.require();
        Account account = visible(id);
        if (account.id().equals(me.id()) && !enabled) {
            throw new Rejected("enabled", "account.enabled.notSelf");
        }
        account.changeEnabled(enabled, me.id(), clock.instant());
        accounts.save(account);
        audit(account, Action.UPDATE, null);
        return account.view();
    }

    @Override
    public StaffView registerMember(OrganizationId organization, NewMemberAccount form) {
        if (organization == null || !organizations.existsById(organization.value())) {
            throw new NotFound("organization");
        }
        if (accounts.emailTaken(form.signInName())) {
            throw new Rejected("signInName", "member.signInName.taken");
        }
        Account account = accounts.save(Account.create(
                organization,
                form.signInName(),
                form.alias(),
                passwords.encode(form.password()),
                Set.of(Role.MEMBER),
                CurrentUser.current().map(CurrentUser::id).orElse(CurrentUser.SYSTEM.id()),
                clock.instant()));
        audit(account, Action.CREATE, null);
        return account.view();
    }

    @Override
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void eraseMember(AccountId id) {
        Account account = visible(id);
        if (!account.roles().equals(Set.of(Role.MEMBER))) {
            throw new Rejected("account", "member.erase.staffAccount");
        }
        sessions.endAll(account.id());
        throttle.forget(account.email());
        accounts.delete(account);
        audit(account, Action.ERASE, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Supporter> supporters() {
        CurrentUser me = CurrentUser.require();
        if (me.organization() == null) {
            return List.of();
        }
        return accounts.findByOrganization(me.organization().value()).stream()
                .filter(account -> account.enabled()
                        && account.roles().stream().anyMatch(Role::isStaff)
                        && !account.roles().contains(Role.NETWORK_ADMIN))
                .map(account -> new Supporter(account.id(), account.displayName(), account.roles()))
                .toList();
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = CurrentUser.require();
        Account account = accounts.findById(me.id().value()).orElseThrow(() -> new NotFound("account"));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new Rejected("currentPassword", "password.current.wrong");
        }
        if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 200) {
            throw new Rejected("newPassword", "account.password.size");
        }
        if (newPassword.equals(currentPassword)) {
            throw new Rejected("newPassword", "password.new.same");
        }
        account.changePassword(passwords.encode(newPassword), me.id(), clock.instant());
        accounts.save(account);
    }

    /** The account, if the person asking may see it; otherwise the same answer as for an id that never existed. */
    private Account visible(AccountId id) {
        CurrentUser me = CurrentUser.require();
        return accounts.findById(id.value())
                .filter(account -> me.isNetworkAdmin()
                        || (account.organization() != null
                                && account.organization().equals(me.organization())))
                .orElseThrow(() -> new NotFound("account"));
    }

    private static void checkRoles(CurrentUser me, Set<Role> roles) {
        if (roles.contains(Role.NETWORK_ADMIN) && !me.isNetworkAdmin()) {
            throw new Rejected("roles", "account.roles.networkAdmin");
        }
        if (EnumSet.copyOf(roles).contains(Role.NETWORK_ADMIN) && roles.size() > 1) {
            throw new Rejected("roles", "account.roles.networkAdminAlone");
        }
    }

    private void audit(Account account, Action action, String purpose) {
        events.publishEvent(new PersonalDataAccessed(
                account.organization() == null ? null : account.organization().value(),
                RECORD,
                account.id().toString(),
                account.id().value(),
                action,
                purpose));
    }
}
