package org.ourown.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account behind the email address typed on the sign-in form. */
@Component
class AccountSignIn implements UserDetailsService {

    private final AccountRepository accounts;

    AccountSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip())
                .map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
