package org.ourown.accounts.internal;

/** Lets tests outside this package find a name's throttle row. */
public final class SignInThrottleKeys {

    private SignInThrottleKeys() {}

    public static String key(String name) {
        return SignInThrottle.key(name);
    }
}
