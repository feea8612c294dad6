package org.ourown.accounts;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the deployment does for itself (demo data, scheduled jobs), run as {@link CurrentUser#SYSTEM} so that it
 * passes the same facade checks and leaves the same audit entries as a person would.
 */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T run(Supplier<T> work) {
        return runAs(CurrentUser.SYSTEM, work);
    }

    /**
     * Demo data only: work done as a particular person, through the same checks, for steps only that person may take
     * (a member granting their own consent, a peer writing their own note).
     */
    public static <T> T runAs(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(CurrentUser.SIGNED_IN));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}
