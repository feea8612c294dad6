package org.ourown.accounts.internal;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in with the throttle in front. With {@code refuseTwoFactor}, accounts that use two-factor codes are
 * turned away (plain HTTP Basic for the API cannot ask for a code).
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final boolean refuseTwoFactor;

    ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle, boolean refuseTwoFactor) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.refuseTwoFactor = refuseTwoFactor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        Duration wait = throttle.waitFor(name);
        if (!wait.isZero()) {
            throw new SignInThrottled(wait);
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(name);
            if (refuseTwoFactor
                    && result.getPrincipal() instanceof AccountPrincipal principal
                    && principal.twoFactor()) {
                throw new DisabledException("Accounts with two-factor codes sign in through the web pages");
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
