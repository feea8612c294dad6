package org.ourown.shared;

import java.util.List;

/**
 * Paths whose requests prove themselves: they carry a secret that the browser sends only to that address and only
 * from the same site (an HttpOnly, {@code SameSite=Strict} cookie), behind an id nobody can guess. A forged
 * cross-site request arrives without the secret and finds nothing, so these paths need no CSRF token, and a visitor
 * using them needs no server session (a bean; the security set-up collects them all).
 */
public record SecretGuardedPaths(List<String> patterns) {

    public SecretGuardedPaths(String... patterns) {
        this(List.of(patterns));
    }
}
