package org.ourown.accounts;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person signed in to this request, as every module sees them.
 *
 * @param organization their organization; null only for a network admin who belongs to none
 */
public record CurrentUser(AccountId id, String displayName, OrganizationId organization, Set<Role> roles)
        implements Serializable {

    /** The authority every fully signed-in person holds (a password alone is not enough once two-factor is on). */
    public static final String SIGNED_IN = "SIGNED_IN";

    public static final CurrentUser SYSTEM =
            new CurrentUser(new AccountId(new UUID(0, 0)), "OurOwn", null, Set.of(Role.NETWORK_ADMIN));

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isNetworkAdmin() {
        return has(Role.NETWORK_ADMIN);
    }

    /** True when this person may act for that organization at all (their own, or any for a network admin). */
    public boolean belongsTo(OrganizationId organizationId) {
        return isNetworkAdmin() || (organization != null && organization.equals(organizationId));
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication.getAuthorities().stream().noneMatch(a -> SIGNED_IN.equals(a.getAuthority()))) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user);
        }
        if (principal instanceof HasCurrentUser holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    /** The signed-in person; facades call this, so nobody reaches data without signing in. */
    public static CurrentUser require() {
        return current()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
    }

    /** Implemented by the sign-in principal; lets modules read the user without knowing how they signed in. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
