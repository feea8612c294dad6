package org.ourown;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ourown.accounts.Accounts;
import org.ourown.accounts.CurrentUser;
import org.ourown.accounts.NewOrganization;
import org.ourown.accounts.NewStaffAccount;
import org.ourown.accounts.OrganizationId;
import org.ourown.accounts.Organizations;
import org.ourown.accounts.Role;
import org.ourown.accounts.StaffView;
import org.ourown.accounts.SystemTask;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Makes fresh organizations and people for a test, through the same facades the app uses. */
@Component
public class TestTenants {

    public static final String PASSWORD = "test-password-1234";

    private final Organizations organizations;
    private final Accounts accounts;

    public TestTenants(Organizations organizations, Accounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    public OrganizationId organization(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return SystemTask.run(() -> organizations
                .create(new NewOrganization(name, slug, "America/New_York", List.of("en")))
                .id());
    }

    public StaffView person(OrganizationId organization, Role... roles) {
        String email = "t-" + UUID.randomUUID() + "@example.test";
        return SystemTask.run(() ->
                accounts.create(organization, new NewStaffAccount(email, "Test " + roles[0], PASSWORD, Set.of(roles))));
    }

    /** Runs work as that person, through the same checks as their requests would. */
    public static <T> T as(StaffView person, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn(person));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** An authentication for MockMvc's {@code with(authentication(...))}, as if the person had signed in. */
    public static Authentication signedIn(StaffView person) {
        CurrentUser user = new CurrentUser(person.id(), person.displayName(), person.organization(), person.roles());
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        person.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        authorities.add(new SimpleGrantedAuthority(CurrentUser.SIGNED_IN));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
