package org.ourown.accounts.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ourown.accounts.AccountId;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who signs in. Never bound to a form: forms are records, changes go through methods here. */
@Table(schema = "accounts", name = "account")
class Account {

    @Id
    private UUID id;

    private UUID organizationId;
    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    private String roles;
    private String totpSecret;
    private Long totpLastStep;
    private Instant createdAt;
    private UUID createdBy;
    private Instant changedAt;
    private UUID changedBy;

    @Version
    private Long version;

    Account() {}

    static Account create(
            OrganizationId organization,
            String email,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            AccountId by,
            Instant now) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.organizationId = organization == null ? null : organization.value();
        account.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        account.displayName = displayName.strip();
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.roles = encode(roles);
        account.createdAt = now;
        account.createdBy = by.value();
        return account;
    }

    void changeRoles(Set<Role> newRoles, AccountId by, Instant now) {
        roles = encode(newRoles);
        changed(by, now);
    }

    void changeEnabled(boolean value, AccountId by, Instant now) {
        enabled = value;
        changed(by, now);
    }

    void changePassword(String hash, AccountId by, Instant now) {
        passwordHash = hash;
        changed(by, now);
    }

    void enableTwoFactor(String secret, long step, Instant now) {
        totpSecret = secret;
        totpLastStep = step;
        changed(id(), now);
    }

    void disableTwoFactor(Instant now) {
        totpSecret = null;
        totpLastStep = null;
        changed(id(), now);
    }

    void usedTwoFactorStep(long step) {
        totpLastStep = step;
    }

    private void changed(AccountId by, Instant now) {
        changedBy = by.value();
        changedAt = now;
    }

    AccountId id() {
        return new AccountId(id);
    }

    OrganizationId organization() {
        return organizationId == null ? null : new OrganizationId(organizationId);
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    String totpSecret() {
        return totpSecret;
    }

    long totpLastStep() {
        return totpLastStep == null ? -1 : totpLastStep;
    }

    boolean twoFactor() {
        return totpSecret != null;
    }

    StaffView view() {
        return new StaffView(id(), organization(), email, displayName, roles(), enabled, twoFactor(), createdAt);
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
