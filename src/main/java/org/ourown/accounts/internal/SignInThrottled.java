package org.ourown.accounts.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many wrong tries: the person must wait before trying again. */
class SignInThrottled extends AuthenticationException {

    private final Duration wait;

    SignInThrottled(Duration wait) {
        super("Too many sign-in attempts");
        this.wait = wait;
    }

    long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    long seconds() {
        return Math.max(1, wait.toSeconds());
    }
}
