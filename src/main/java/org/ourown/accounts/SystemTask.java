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
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                CurrentUser.SYSTEM,
                null,
                List.of(
                        new SimpleGrantedAuthority(CurrentUser.SIGNED_IN),
                        new SimpleGrantedAuthority("ROLE_" + Role.NETWORK_ADMIN))));
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
