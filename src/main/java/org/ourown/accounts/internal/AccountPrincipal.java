package org.ourown.accounts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ourown.accounts.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them. Its user name is the account id, so sessions and logs carry
 * no email address.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUser.HasCurrentUser {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean twoFactor;
    private String passwordHash;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean twoFactor) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.twoFactor = twoFactor;
    }

    static AccountPrincipal of(Account account) {
        CurrentUser user =
                new CurrentUser(account.id(), account.displayName(), account.organization(), account.roles());
        return new AccountPrincipal(user, account.passwordHash(), account.enabled(), account.twoFactor());
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    boolean twoFactor() {
        return twoFactor;
    }

    /** Everything a fully signed-in person holds: their roles and {@link CurrentUser#SIGNED_IN}. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        authorities.add(new SimpleGrantedAuthority(CurrentUser.SIGNED_IN));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.id().toString();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
        return user.id().hashCode();
    }
}
